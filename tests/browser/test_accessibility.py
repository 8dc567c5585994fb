"""axe-core (WCAG 2.0/2.1 A and AA rules) finds no violations on the key pages,
in English, Hebrew and Arabic."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import screenshot, sign_in

# The database mark makes pytest-django build the test database with the demo.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
LANGUAGES = ["en", "he", "ar"]
COURSE_SLUG = "climate-readiness-for-mediterranean-cities"
GUIDE_SLUG = "procurement-of-innovation-guide-for-city-staff"

SME_ASSESSMENT_SLUG = "sme-readiness-to-work-with-cities"


def localised_url(model, language, **filters):
    """The page's URL in `language` if translated, else the English page's."""
    page = model.objects.live().filter(locale__language_code="en", **filters).first()
    translated = (
        page.get_translations().filter(locale__language_code=language).live().first()
    )
    return (translated or page).specific.url


@pytest.fixture(scope="module")
def urls(django_db_blocker):
    from cities.models import AssessmentPage, ChallengePage, CityPage
    from courses.models import Certificate, CoursePage, LessonPage
    from resources.models import ResourcePage

    with django_db_blocker.unblock():
        course = CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="en")
        lesson = next(
            lesson
            for lesson in LessonPage.objects.live()
            .descendant_of(course)
            .order_by("path")
            if lesson.knowledge_check
        )
        certificate = Certificate.objects.filter(
            user__email="learner@example.com"
        ).first()
        found = {}
        for language in LANGUAGES:
            found[language] = {
                "home": f"/{language}/",
                "catalogue": f"/{language}/courses/?audience=city_staff&sort=title",
                "course": localised_url(CoursePage, language, slug=COURSE_SLUG),
                "lesson": localised_url(LessonPage, language, pk=lesson.pk),
                "library": f"/{language}/resources/?topic=climate-readiness",
                "guide": localised_url(ResourcePage, language, slug=GUIDE_SLUG),
                "search": f"/{language}/search/?q=climate",
                "verification": f"/{language}/certificates/{certificate.code}/",
                "issuer": f"/{language}/credentials/issuer/",
                "not_found": f"/{language}/no-such-page/",
                "sign_in": f"/{language}/accounts/login/",
                "sign_up": f"/{language}/accounts/signup/",
                "cities": f"/{language}/cities/",
                "city": localised_url(CityPage, language, slug="malaga"),
                "challenges": f"/{language}/challenges/?category=environmental",
                "challenge": localised_url(
                    ChallengePage, language, slug="cooler-streets-in-heatwaves"
                ),
                "assessments": f"/{language}/assessments/",
                "assessment": localised_url(
                    AssessmentPage, language, slug=SME_ASSESSMENT_SLUG
                ),
            }
        return found


def assert_no_violations(page, name):
    results = Axe().run(page, options=AXE_OPTIONS)
    violations = [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}×) "
        f"e.g. {violation['nodes'][0]['target']}"
        for violation in results.response["violations"]
    ]
    if violations:
        screenshot(page, f"axe-{name}")
    assert violations == [], f"{name}: " + "; ".join(violations)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "name",
    [
        "home",
        "catalogue",
        "course",
        "library",
        "guide",
        "search",
        "verification",
        "issuer",
        "not_found",
        "sign_in",
        "sign_up",
        "cities",
        "city",
        "challenges",
        "challenge",
        "assessments",
        "assessment",
    ],
)
def test_public_pages_have_no_axe_violations(page, urls, language, name):
    page.goto(urls[language][name])
    assert_no_violations(page, f"{name}-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_learner_pages_have_no_axe_violations(page, urls, language):
    sign_in(page, "learner@example.com", language=language)
    for name, url in [
        ("dashboard", f"/{language}/dashboard/"),
        ("profile", f"/{language}/accounts/profile/"),
        ("lesson", urls[language]["lesson"]),
        # Their own certificate: downloads and the LinkedIn link.
        ("certificate", urls[language]["verification"]),
    ]:
        page.goto(url)
        assert_no_violations(page, f"{name}-{language}")
    # The knowledge check after a (failing) submission, with its feedback.
    page.goto(urls[language]["lesson"])
    for fieldset in page.locator(".question").all():
        fieldset.locator("input").first.check()
    page.locator(".check-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".check-result").count() == 1
    assert_no_violations(page, f"lesson-after-check-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_assessment_result_has_no_axe_violations(page, urls, language):
    page.goto(urls[language]["assessment"])
    for fieldset in page.locator(".assessment-form fieldset.question").all():
        fieldset.locator("input[type=radio]").first.check()
    page.locator(".assessment-form button[type=submit]").click()
    page.wait_for_load_state()
    # The scores as a chart (with its text alternative) and as a table.
    assert page.locator("svg[role=img]").count() == 1
    assert page.locator("main table").count() >= 1
    assert_no_violations(page, f"assessment-result-{language}")
