"""Admin report: searches that found nothing, most frequent first."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from home.admin_access import FormulaSafeExportMixin, RequirePermissionMixin

from .models import UnansweredQuery


class UnansweredQueriesReportView(
    RequirePermissionMixin, FormulaSafeExportMixin, ReportView
):
    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "unanswered_queries"
    index_results_url_name = "unanswered_queries_results"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-hits"
    model = UnansweredQuery
    required_permission = "search.view_unansweredquery"
    columns = [
        Column("query_string", label=_("Search terms"), sort_key="query_string"),
        Column("language", label=_("Language"), sort_key="language"),
        NumberColumn("hits", label=_("Searches"), sort_key="hits"),
        DateColumn(
            "last_searched_at", label=_("Last searched"), sort_key="last_searched_at"
        ),
    ]
    list_export = ["query_string", "language", "hits", "last_searched_at"]
    export_headings = {
        "query_string": _("Search terms"),
        "language": _("Language"),
        "hits": _("Searches"),
        "last_searched_at": _("Last searched"),
    }

    def get_queryset(self):
        return UnansweredQuery.objects.order_by("-hits", "query_string")
