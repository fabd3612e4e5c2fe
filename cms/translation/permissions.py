"""permissions (being written)."""
