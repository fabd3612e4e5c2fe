from django.db import models


class ContentGeneration(models.Model):
    """One row: a number that grows whenever anything the public may read
    changes (see cms/core/generation.py). API ETags, and any cache keyed on
    them, are built from it, so that every worker on every server agrees on
    when a response went stale."""

    value = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return f"content generation {self.value}"
