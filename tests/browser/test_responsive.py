"""Small screens never scroll sideways; wide screens use the width.

Screenshots of the key pages at both widths, in English and Hebrew, are saved
under tests/browser/artifacts/ for review.
"""

import pytest

from tests.browser.conftest import screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "home": "/{lang}/",
    "catalogue": "/{lang}/courses/",
    "course": "/{lang}/courses/climate-readiness-for-mediterranean-cities/",
    "library": "/{lang}/resources/",
    "guide": "/en/resources/procurement-of-innovation-guide-for-city-staff/",
    "search": "/{lang}/search/?q=climate",
    "dashboard": "/{lang}/dashboard/",
}


@pytest.mark.parametrize("language", ["en", "he"])
def test_pages_fit_small_screens_and_fill_wide_ones(page, language):
    sign_in(page, "learner@example.com", language=language)
    for name, pattern in PAGES.items():
        url = pattern.format(lang=language)
        for width in (375, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(url)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, (
                f"{url} scrolls sideways at {width}px"
            )
            if width == 1280:
                main_width = page.evaluate(
                    "document.querySelector('main').getBoundingClientRect().width"
                )
                assert main_width >= 1000, f"{url} leaves the width unused"
            screenshot(page, f"{name}-{language}-{width}")


def test_every_control_is_reachable_at_375px(page):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/en/courses/")
    for selector in [
        ".language-switcher a",
        ".main-nav a",
        ".filters button",
        "#header-search-q",
    ]:
        element = page.locator(selector).first
        element.scroll_into_view_if_needed()
        box = element.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375, selector
