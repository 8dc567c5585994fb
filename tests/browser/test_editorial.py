"""An editor builds a lesson with a knowledge check in the admin and submits it;
a moderator approves it; learners then see it in the course outline."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]
COURSE_SLUG = "from-challenge-to-pilot"


@pytest.fixture(scope="module")
def module_id(django_db_blocker):
    from courses.models import CoursePage, ModulePage

    with django_db_blocker.unblock():
        course = CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="en")
        return ModulePage.objects.child_of(course).first().pk


def lesson_state(django_db_blocker, slug):
    from courses.models import LessonPage

    with django_db_blocker.unblock():
        lesson = LessonPage.objects.filter(slug=slug).first()
        return lesson and (lesson.live, lesson.pk)


def test_editor_submits_a_lesson_and_a_moderator_publishes_it(
    browser, server, module_id, django_db_blocker
):
    editor = browser.new_context(
        base_url=server.url, viewport={"width": 1400, "height": 1000}
    )
    page = editor.new_page()
    sign_in(page, "editor@example.com")
    page.goto(f"/admin/pages/add/courses/lessonpage/{module_id}/")
    page.fill("#id_title", "Data sharing agreements")
    page.locator("button[title='Insert a block']").first.click()
    page.get_by_role("option", name="Knowledge check").click()
    page.fill(
        "[name='body-0-value-questions-0-value-text']", "Who should own pilot data?"
    )
    page.fill(
        "[name='body-0-value-questions-0-value-choices-0-value-text']",
        "As agreed in the contract",
    )
    page.check("[name='body-0-value-questions-0-value-choices-0-value-correct']")
    page.locator("[data-contentpath='choices'] button[title='Add']").last.click()
    page.fill(
        "[name='body-0-value-questions-0-value-choices-1-value-text']",
        "Whoever collects it",
    )
    page.fill(
        "[name='body-0-value-questions-0-value-explanation']",
        "Ownership and reuse are agreed before the pilot starts.",
    )
    page.locator(
        "footer .w-dropdown__toggle, [data-w-dropdown-target='toggle']"
    ).last.click()
    page.locator("button[name='action-submit']").click()
    page.wait_for_load_state()
    screenshot(page, "editorial-submitted")
    live, lesson_id = lesson_state(django_db_blocker, "data-sharing-agreements")
    assert live is False
    editor.close()

    moderator = browser.new_context(
        base_url=server.url, viewport={"width": 1400, "height": 1000}
    )
    page = moderator.new_page()
    sign_in(page, "moderator@example.com")
    page.goto(f"/admin/pages/{lesson_id}/edit/")
    page.locator(
        "footer .w-dropdown__toggle, [data-w-dropdown-target='toggle']"
    ).last.click()
    page.locator("button[data-workflow-action-name='approve']").first.click()
    dialog_button = page.locator(".w-dialog button[type=submit]")
    if dialog_button.count():
        dialog_button.first.click()
    page.wait_for_load_state()
    screenshot(page, "editorial-approved")
    assert lesson_state(django_db_blocker, "data-sharing-agreements")[0] is True
    moderator.close()

    learner = browser.new_context(base_url=server.url)
    page = learner.new_page()
    sign_in(page, "learner@example.com")
    page.goto(f"/en/courses/{COURSE_SLUG}/")
    expect(page.get_by_role("link", name="Data sharing agreements")).to_be_visible()
    page.get_by_role("link", name="Data sharing agreements").click()
    expect(page).to_have_url(re.compile(r"data-sharing-agreements/$"))
    expect(page.locator(".question legend")).to_contain_text(
        "Who should own pilot data?"
    )
    learner.close()
