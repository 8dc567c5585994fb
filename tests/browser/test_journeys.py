"""Learner journeys in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot, sign_in

# The database mark makes pytest-django build the test database with the demo.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]
COURSE_SLUG = "circular-economy-and-green-procurement"


@pytest.fixture(scope="module")
def course_answers(django_db_blocker):
    """{lesson url: [(question id, [correct choice ids])]} for the course's checks."""
    from courses.models import CoursePage, LessonPage

    with django_db_blocker.unblock():
        course = CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="en")
        answers = {}
        for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
            if lesson.knowledge_check:
                answers[lesson.url] = [
                    (
                        question.id,
                        [
                            choice.id
                            for choice in question.value["choices"].bound_blocks
                            if choice.value["correct"]
                        ],
                        [
                            choice.id
                            for choice in question.value["choices"].bound_blocks
                            if not choice.value["correct"]
                        ],
                    )
                    for question in lesson.knowledge_check["questions"].bound_blocks
                ]
        return answers


def answer(page, questions, correctly):
    for _question_id, right, wrong in questions:
        for choice_id in right if correctly else wrong[:1]:
            page.locator(f"#choice-{choice_id}").check()
    page.locator(".check-form button[type=submit]").click()
    page.wait_for_load_state()


def test_new_learner_completes_a_course_and_verifies_the_certificate(
    page, course_answers
):
    from django.core import mail

    mail.outbox.clear()
    page.goto("/en/accounts/signup/")
    page.fill("#id_email", "samira@eilat-water.example")
    page.fill("#id_password1", "Red-sea-desalination-26")
    page.fill("#id_password2", "Red-sea-desalination-26")
    page.fill("#id_full_name", "Samira Ben-David")
    page.select_option("#id_organisation_type", "sme")
    page.fill("#id_organisation_name", "Eilat Water Tech")
    page.select_option("#id_country", "IL")
    page.fill("#id_city", "Eilat")
    page.check("#id_privacy_consent")
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()

    # Follow the verification link from the email.
    assert mail.outbox, "no verification email was sent"
    link = re.search(
        r"https?://[^\s]+/accounts/confirm-email/[^\s]+", mail.outbox[-1].body
    )
    page.goto(link.group(0))
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()

    # Filter the catalogue and open the course.
    page.goto("/en/courses/")
    page.select_option("#id_audience", "city_staff")
    page.select_option("#id_level", "introductory")
    page.locator(".filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"audience=city_staff"))
    page.get_by_role(
        "link", name="Circular economy and green public procurement"
    ).click()
    page.get_by_role("button", name="Start course").click()

    lesson_count = 0
    while True:
        lesson_count += 1
        url = page.url.replace(page.url.split("/en/")[0], "")
        if url in course_answers:
            answer(page, course_answers[url], correctly=False)
            expect(page.locator(".check-result--failed")).to_be_visible()
            answer(page, course_answers[url], correctly=True)
            expect(page.locator(".check-result--passed")).to_be_visible()
            next_link = page.locator(".lesson-nav__next")
            if "Back to the course" in next_link.inner_text():
                next_link.click()
                break
            next_link.click()
        else:
            page.get_by_role("button", name="Mark as complete").click()
            expect(page.locator("[data-lesson-complete] .status--done")).to_be_visible()
            next_link = page.locator(".lesson-nav__next")
            if "Back to the course" in next_link.inner_text():
                next_link.click()
                break
            next_link.click()
        if lesson_count == 2:
            page.goto("/en/dashboard/")
            expect(page.locator("progress").first).to_have_attribute(
                "value", re.compile(r"[1-9]")
            )
            page.go_back()
    assert lesson_count == 6

    expect(page.get_by_text("You have completed this course.")).to_be_visible()
    screenshot(page, "journey-course-complete")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your certificate (PDF)").click()
    assert download.value.suggested_filename.startswith("certificate-")
    page.get_by_role("link", name="Verification page").click()
    expect(page.get_by_text("This certificate is genuine.")).to_be_visible()
    expect(page.get_by_text("Samira Ben-David")).to_be_visible()


def test_keyboard_only_learner_completes_a_lesson_and_a_check(page, course_answers):
    sign_in(page, "learner@example.com")
    lesson_url, questions = next(iter(course_answers.items()))
    page.goto(lesson_url)
    # Tab from the top: the skip link comes first and moves focus to the content.
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    # Walk forward to the first answer of the knowledge check with Tab only.
    first_choice = page.locator(".question input").first
    for _ in range(400):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.id")
        assert focused is not None
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        if page.evaluate("document.activeElement.tagName") in {
            "A",
            "BUTTON",
            "INPUT",
            "SELECT",
        }:
            assert outline != "none", f"no visible focus on #{focused}"
        if focused == first_choice.get_attribute("id"):
            break
    else:
        pytest.fail("Tab never reached the knowledge check")
    # Answer every question with the keyboard.
    for index, (_question_id, right, _wrong) in enumerate(questions):
        if index:
            page.keyboard.press("Tab")
        group = page.locator(".question").nth(index)
        inputs = group.locator("input")
        if inputs.first.get_attribute("type") == "radio":
            target = group.locator(f"#choice-{right[0]}")
            for _ in range(inputs.count()):
                if page.evaluate("document.activeElement.id") == f"choice-{right[0]}":
                    page.keyboard.press("Space")
                    break
                page.keyboard.press("ArrowDown")
            expect(target).to_be_checked()
        else:
            for position in range(inputs.count()):
                if position:
                    page.keyboard.press("Tab")
                if (
                    page.evaluate("document.activeElement.id")[len("choice-") :]
                    in right
                ):
                    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.locator(".check-form button[type=submit]")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator(".check-result--passed")).to_be_visible()
    # Shift+Tab walks back without getting trapped.
    for _ in range(5):
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement !== document.body")
