"""bulk (being written)."""
