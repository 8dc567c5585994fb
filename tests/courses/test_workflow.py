"""An editor's new lesson goes live only after a moderator approves it."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import CoursePage, LessonPage, ModulePage
from tests.mfa import sign_in_with_mfa

pytestmark = pytest.mark.django_db


def test_editor_submission_is_live_only_after_moderator_approval(client):
    User = get_user_model()
    course = CoursePage.objects.get(
        slug="from-challenge-to-pilot", locale__language_code="en"
    )
    module = ModulePage.objects.child_of(course).first()
    sign_in_with_mfa(client, User.objects.get(email="editor@example.com"))
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk]),
        nested_form_data(
            {
                "title": "Data sharing agreements",
                "slug": "data-sharing-agreements",
                "estimated_minutes": "10",
                "pass_mark": "70",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Agree who owns what.</p>"))]
                ),
                "action-submit": "Submit for review",
            }
        ),
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="data-sharing-agreements")
    assert not lesson.live
    state = lesson.current_workflow_state
    assert state.workflow.name == "Review and publish"
    assert client.get(lesson.url or "/en/").status_code in (200, 404)
    # The editor cannot approve their own submission.
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[lesson.pk, "approve", state.current_task_state.pk],
    )
    client.post(approve)
    lesson.refresh_from_db()
    assert not lesson.live

    sign_in_with_mfa(client, User.objects.get(email="moderator@example.com"))
    response = client.post(approve)
    assert response.status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live
    # The learner sees it in the course outline.
    client.force_login(User.objects.get(email="learner@example.com"))
    assert "Data sharing agreements" in client.get(course.url).content.decode()
