"""What people search for and do not find, for the editors' report."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UnansweredQuery(models.Model):
    """A search that returned no results: the content editors may need to add."""

    query_string = models.CharField(_("search terms"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), auto_now=True)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language"], name="one_row_per_unanswered_query"
            )
        ]

    def __str__(self):
        return self.query_string
