from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import UnansweredQueriesReportView


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


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
