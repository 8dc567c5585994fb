from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_access import PermissionMenuItem

from .reports import UnansweredQueriesReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/unanswered-searches/",
            UnansweredQueriesReportView.as_view(),
            name="unanswered_queries",
        ),
        path(
            "reports/unanswered-searches/results/",
            UnansweredQueriesReportView.as_view(results_only=True),
            name="unanswered_queries_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_unanswered_queries_menu_item():
    return PermissionMenuItem(
        _("Searches without results"),
        reverse("unanswered_queries"),
        icon_name="search",
        order=1310,
        permission="search.view_unansweredquery",
    )
