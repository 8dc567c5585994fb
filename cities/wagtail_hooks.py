"""Admin reports of the cities section, their menu items, and the section the
learner's dashboard shows."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_access import PermissionMenuItem

from .dashboard import dashboard_section
from .reports import (
    INTEREST_PERMISSION,
    READINESS_PERMISSION,
    InterestReportView,
    ReadinessReportView,
)

# (URL slug, URL name, view, menu label, permission, icon)
REPORTS = [
    (
        "expressions-of-interest",
        "expressions_of_interest",
        InterestReportView,
        _("Expressions of interest"),
        INTEREST_PERMISSION,
        "mail",
    ),
    (
        "readiness",
        "readiness_report",
        ReadinessReportView,
        _("Readiness by country and organisation type"),
        READINESS_PERMISSION,
        "tasks",
    ),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for slug, name, view, _label, _permission, _icon in REPORTS:
        urls += [
            path(f"reports/{slug}/", view.as_view(), name=name),
            path(
                f"reports/{slug}/results/",
                view.as_view(results_only=True),
                name=f"{name}_results",
            ),
        ]
    return urls


def register_menu_item(name, label, permission, icon, order):
    hooks.register(
        "register_reports_menu_item",
        lambda: PermissionMenuItem(
            label, reverse(name), icon_name=icon, order=order, permission=permission
        ),
    )


for order, (_slug, name, _view, label, permission, icon) in enumerate(REPORTS):
    register_menu_item(name, label, permission, icon, 1500 + order)


hooks.register("portal_dashboard_sections", dashboard_section)
