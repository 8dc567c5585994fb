"""Admin reports and the programme panel on the admin home page."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from home.admin_access import register_reports

from .reports import (
    LEARNER_DATA_PERMISSION,
    REPORTS_PERMISSION,
    CourseFunnelReportView,
    LearnersReportView,
    ProgrammeKPIReportView,
    programme_summary,
)

# (URL slug, URL name, view, menu label, permission, icon)
REPORTS = [
    (
        "programme-kpis",
        "programme_kpis",
        ProgrammeKPIReportView,
        _("Programme KPIs"),
        REPORTS_PERMISSION,
        "pick",
    ),
    (
        "course-funnel",
        "course_funnel",
        CourseFunnelReportView,
        _("Course funnel"),
        REPORTS_PERMISSION,
        "list-ol",
    ),
    (
        "learners",
        "learners_report",
        LearnersReportView,
        _("Learners"),
        LEARNER_DATA_PERMISSION,
        "group",
    ),
]


register_reports(REPORTS, first_order=1400)


class ProgrammePanel(Component):
    name = "programme_figures"
    order = 50

    def render_html(self, parent_context):
        return render_to_string(
            "courses/admin/programme_panel.html", {"summary": programme_summary()}
        )


@hooks.register("construct_homepage_panels")
def add_programme_panel(request, panels):
    if request.user.has_perm(REPORTS_PERMISSION):
        panels.insert(0, ProgrammePanel())
