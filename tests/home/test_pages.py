import re

import pytest
from wagtail.models import Page

from courses.models import CoursePage, LessonPage
from tests.conftest import LANGUAGE_CODES, RTL_LANGUAGES

pytestmark = pytest.mark.django_db

HTML_TAG = re.compile(r'<html lang="(?P<lang>[a-z-]+)" dir="(?P<dir>rtl|ltr)">')


def html_attributes(response):
    match = HTML_TAG.search(response.content.decode())
    assert match, "the page has no <html lang dir> tag"
    return match["lang"], match["dir"]


def test_every_live_page_in_every_locale_renders_with_lang_and_dir(learner_client):
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale")
    assert pages.count() >= 25
    for page in pages:
        response = learner_client.get(page.url)
        assert response.status_code == 200, page.url
        code = page.locale.language_code
        assert html_attributes(response) == (
            code,
            "rtl" if code in RTL_LANGUAGES else "ltr",
        ), page.url


def test_root_redirects_to_the_visitors_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="he-IL,he;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/he/"


def test_root_falls_back_to_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_language_switcher_links_to_translations_of_this_page(client, code):
    response = client.get(f"/{code}/about/")
    body = response.content.decode()
    switcher = body[body.index('class="language-switcher"') :]
    for other in LANGUAGE_CODES:
        assert f'href="/{other}/about/" lang="{other}"' in switcher


def test_language_switcher_on_account_pages_keeps_the_page(client):
    body = client.get("/es/accounts/login/").content.decode()
    assert 'href="/he/accounts/login/" lang="he"' in body


def test_unprefixed_account_urls_redirect_to_a_language(client):
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 302
    assert response["Location"] == "/it/accounts/login/"


def test_home_shows_funding_acknowledgement_and_skip_link(client):
    body = client.get("/ar/").content.decode()
    assert 'class="skip-link" href="#main-content"' in body
    assert "site-footer__funding" in body
    assert 'id="main-content"' in body


def test_unknown_page_returns_translated_404(client):
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="es" dir="ltr">' in response.content.decode()


def test_anonymous_visitors_read_everything_but_registered_lessons(client):
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale")
    for page in pages.specific():
        response = client.get(page.url)
        course = None
        if isinstance(page, LessonPage):
            course = CoursePage.objects.ancestor_of(page).get()
        if course is not None and not course.is_open:
            code = page.locale.language_code
            assert response.status_code == 302, page.url
            assert response["Location"].startswith(f"/{code}/accounts/login/")
        else:
            assert response.status_code == 200, page.url
