"""machine (being written)."""
