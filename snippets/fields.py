"""Model fields the plugin and the site declare alike."""

from django.db import models


def optional_link(to, verbose_name, help_text, related_name="+"):
    """A link editors may leave empty; when its target is deleted it empties rather than
    taking the object with it (a deleted contact must not delete a page)."""
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        verbose_name=verbose_name,
        help_text=help_text,
    )
