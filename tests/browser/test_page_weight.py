"""Page weight: what a visitor downloads before the first image.

Issue 8's budget for the home, catalogue and lesson pages: at most 100 KB of
HTML, CSS and JavaScript once compressed, at most 10 requests before images,
responsive WebP images lazy-loaded below the fold, and nothing fetched from
another host.
"""

import gzip
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

BUDGET_BYTES = 100 * 1024
BUDGET_REQUESTS = 10
TEXT_TYPES = {"document", "stylesheet", "script"}


def open_lesson_url():
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.live().get(
        slug="climate-readiness-for-mediterranean-cities", locale__language_code="en"
    )
    return LessonPage.objects.live().descendant_of(course).order_by("path")[0].url


def load(page, path):
    """Load a page; return its requests as (resource type, url, body or None)."""
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(path, wait_until="networkidle")
    loaded = []
    for request in requests:
        response = request.response()
        body = response.body() if request.resource_type in TEXT_TYPES else None
        loaded.append((request.resource_type, request.url, body))
    return loaded


@pytest.mark.parametrize("name", ["home", "catalogue", "lesson"])
def test_page_stays_within_its_weight_budget(page, server, db_access, name):
    path = {"home": "/en/", "catalogue": "/en/courses/", "lesson": None}[name]
    path = path or open_lesson_url()
    loaded = load(page, path)

    own_host = urlsplit(server.url).netloc
    foreign = [url for _type, url, _body in loaded if urlsplit(url).netloc != own_host]
    assert foreign == [], f"third-party requests on {name}: {foreign}"

    before_images = [entry for entry in loaded if entry[0] != "image"]
    assert len(before_images) <= BUDGET_REQUESTS, [url for _t, url, _b in before_images]

    # Responses are measured as the production server sends them: whitenoise
    # serves CSS and JS pre-compressed, and the HTML is compressed on the way out.
    compressed = sum(
        len(gzip.compress(body, compresslevel=6))
        for resource_type, _url, body in loaded
        if resource_type in TEXT_TYPES
    )
    assert compressed <= BUDGET_BYTES, f"{name}: {compressed} bytes compressed"


def test_images_are_responsive_webp_and_lazy_below_the_fold(page, db_access):
    page.set_viewport_size({"width": 1280, "height": 800})
    below_the_fold = 0
    # The demo lessons carry no pictures; home and catalogue do.
    for path in ["/en/", "/en/courses/"]:
        page.goto(path, wait_until="networkidle")
        images = page.locator("main img")
        assert images.count() > 0, f"{path} shows no image to check"
        for index in range(images.count()):
            image = images.nth(index)
            has_srcset = image.evaluate(
                "img => img.hasAttribute('srcset') || img.closest('picture')"
                "?.querySelector('source[srcset]') != null"
            )
            assert has_srcset, f"{path}: image {index} has no srcset"
            assert image.evaluate(
                "img => img.closest('picture')?.querySelector("
                '\'source[type="image/webp"], source[type="image/avif"]\') !== null'
            ), f"{path}: image {index} has no WebP source"
            top = image.evaluate("img => img.getBoundingClientRect().top + scrollY")
            if top > 800:
                below_the_fold += 1
                assert image.get_attribute("loading") == "lazy", (
                    f"{path}: image {index} below the fold is not lazy-loaded"
                )
    assert below_the_fold > 0, (
        "no image below the fold: the lazy-loading check ran on none"
    )
