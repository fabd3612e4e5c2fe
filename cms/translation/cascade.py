"""cascade (being written)."""
