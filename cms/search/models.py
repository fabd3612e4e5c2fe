"""The search index: one row per public-facing text of a language version.

Rows are written when content is published or saved (see ``indexing`` and
``signals``), never when someone searches. The index says what matches, never
what may be shown: every query keeps only the rows whose version the public
querysets of the API return (``cms/core/visibility.py``).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        EXHIBIT = "exhibit", "exhibit"
        OBJECT = "object", "object"
        STORY = "story", "story"
        KNOWLEDGE = "knowledge", "knowledge"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    translation_key = models.UUIDField(db_index=True)
    language = models.CharField(max_length=10)
    # The language version: a page id, or a museum object (snippet) id.
    object_id = models.PositiveIntegerField()
    # Transcript segments of a story have a row each; 0 for the item itself.
    segment_id = models.PositiveIntegerField(default=0)
    start = models.DecimalField(max_digits=9, decimal_places=3, null=True)
    end = models.DecimalField(max_digits=9, decimal_places=3, null=True)
    title = models.CharField(max_length=255)
    # Plain text the excerpt is cut from (summary and body, or segment text).
    text = models.TextField(blank=True)
    vector = SearchVectorField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "segment_id"],
                name="unique_search_entry",
            )
        ]
        indexes = [
            GinIndex(fields=["vector"], name="search_entry_vector"),
            models.Index(fields=["kind", "language"], name="search_entry_kind_lang"),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}/{self.segment_id} [{self.language}]"
