"""Admin reports of the cities section, their menu items, and the section the
learner's dashboard shows."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_access import register_reports

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


register_reports(REPORTS, first_order=1500)


hooks.register("portal_dashboard_sections", dashboard_section)
