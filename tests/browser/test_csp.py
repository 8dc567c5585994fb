"""The Content-Security-Policy blocks nothing the portal itself needs: a real
browser reports no violation on public pages, for a learner, for staff (with
Wagtail's user bar) and in the admin's page editor with its live preview."""

import pytest

from tests.browser.conftest import screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Runs in every frame before the page's own scripts; Playwright's injected
# scripts are not subject to the page's policy.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
        + ` at ${event.sourceFile}:${event.lineNumber}`
    );
});
"""

# Console messages that mean a policy got in the way; Chromium also reports
# Permissions-Policy features it does not know.
CONSOLE_TOPICS = ("Content Security Policy", "Permissions-Policy")


@pytest.fixture(scope="module")
def urls(django_db_blocker):
    from courses.models import CoursePage, LessonPage

    with django_db_blocker.unblock():
        course = (
            CoursePage.objects.live()
            .filter(locale__language_code="en", access="open")
            .first()
        )
        lessons = LessonPage.objects.live().descendant_of(course).order_by("path")
        lesson = next(lesson for lesson in lessons if lesson.knowledge_check)
        return {"lesson": lesson.url, "lesson_id": lesson.pk, "course": course.url}


@pytest.fixture
def watched(browser, server):
    """A page whose CSP violations, in any frame, are collected in `violations`."""
    context = browser.new_context(
        base_url=server.url, viewport={"width": 1400, "height": 1000}
    )
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.violations = []

    def on_console(message):
        if any(topic in message.text for topic in CONSOLE_TOPICS):
            page.violations.append(message.text)

    page.on("console", on_console)
    yield page
    context.close()


def violations(page):
    found = list(page.violations)
    for frame in page.frames:
        found += frame.evaluate("window.__cspViolations || []")
    return found


def visit(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")


def test_public_pages_run_without_csp_violations(watched, urls):
    for url in ["/en/", "/en/courses/", urls["course"], urls["lesson"], "/he/"]:
        visit(watched, url)
        assert violations(watched) == [], url


def test_learner_pages_and_progress_run_without_csp_violations(watched, urls):
    sign_in(watched, "learner@example.com")
    for url in ["/en/dashboard/", urls["lesson"], "/en/accounts/profile/"]:
        visit(watched, url)
        assert violations(watched) == [], url


def test_staff_user_bar_runs_without_csp_violations(watched, urls):
    sign_in(watched, "editor@example.com")
    visit(watched, urls["lesson"])
    watched.locator("wagtail-userbar").wait_for(state="attached")
    assert violations(watched) == []


def test_admin_page_editor_and_preview_run_without_csp_violations(watched, urls):
    sign_in(watched, "editor@example.com")
    visit(watched, "/admin/")
    visit(watched, f"/admin/pages/{urls['lesson_id']}/edit/")
    watched.locator("[data-side-panel-toggle='preview']").click()
    # The preview is framed by the admin ('self'), the accessibility checker
    # runs axe inside it.
    watched.frame_locator("#w-preview-iframe").locator("main").first.wait_for()
    watched.locator("[data-side-panel-toggle='checks']").click()
    watched.wait_for_load_state("networkidle")
    for url in ["/admin/images/multiple/add/", "/admin/documents/", "/admin/snippets/"]:
        visit(watched, url)
    found = violations(watched)
    if found:
        screenshot(watched, "csp-admin-editor")
    assert found == []
