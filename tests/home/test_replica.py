"""Reports read from the replica when one is configured; nothing else does."""

import pytest
from django.conf import settings
from django.core.signals import request_finished
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.views import View

from courses.models import Enrollment
from courses.reports import ProgrammeKPIReportView
from home.replica import ReadFromReplicaMixin, ReplicaRouter

# Closing a response sends request_finished, on which Django also tidies the
# database connections.
pytestmark = pytest.mark.django_db

WITH_REPLICA = {**settings.DATABASES, "replica": settings.DATABASES["default"]}


class ReportLikeView(ReadFromReplicaMixin, View):
    def get(self, request):
        return HttpResponse(ReplicaRouter().db_for_read(Enrollment) or "default")


def serve_report_like_view():
    response = ReportLikeView.as_view()(RequestFactory().get("/admin/reports/"))
    routed_to = response.content.decode()
    response.close()  # as the WSGI server does, sending request_finished
    return routed_to


@override_settings(DATABASES=WITH_REPLICA)
def test_report_views_read_from_the_replica_until_the_response_is_closed():
    assert ReplicaRouter().db_for_read(Enrollment) is None
    assert serve_report_like_view() == "replica"
    assert ReplicaRouter().db_for_read(Enrollment) is None
    assert ReplicaRouter().db_for_write(Enrollment) == "default"


def test_without_a_replica_reports_read_from_the_primary():
    assert "replica" not in settings.DATABASES
    assert serve_report_like_view() == "default"
    request_finished.send(sender=None)


def test_the_admin_reports_opt_in():
    assert issubclass(ProgrammeKPIReportView, ReadFromReplicaMixin)
