"""Switching language keeps the page and mirrors the layout."""

import re

import pytest
from playwright.sync_api import expect

# The database mark makes pytest-django build the test database with the demo.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_switching_to_hebrew_keeps_the_page_and_mirrors_the_layout(page):
    page.goto("/en/courses/")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    english_nav = page.locator(".main-nav").bounding_box()

    page.locator(".language-switcher a[lang=he]").click()
    expect(page).to_have_url(re.compile(r"/he/courses/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "he")
    hebrew_brand = page.locator(".site-header__brand").bounding_box()
    width = page.viewport_size["width"]
    # The brand sits on the right in Hebrew, on the left in English.
    assert hebrew_brand["x"] > width / 2
    assert english_nav["x"] < width / 2

    page.locator(".language-switcher a[lang=en]").click()
    expect(page).to_have_url(re.compile(r"/en/courses/$"))
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
