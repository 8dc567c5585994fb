"""Real-browser tests: Playwright drives Debian's chromium against a live server
that serves the demo site.

They run in their own pytest process (see the Makefile): the live server
commits what the browser does, which the rest of the suite must not see.
Without a browser they skip with one line, except under CI=true, where a
missing browser is a failure.
"""

import os
import shutil
import time
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop running in this thread; the
# database calls made here around it are ordinary synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
TOTP_PERIOD = 30  # allauth's default MFA_TOTP_PERIOD, which the portal keeps
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def browser_available():
    return Path(CHROMIUM).exists() or shutil.which("chromium") is not None


@pytest.fixture(scope="session")
def browser():
    if not browser_available():
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"CI needs a browser for these tests and found none at {CHROMIUM}"
            )
        pytest.skip(f"no chromium at {CHROMIUM}; install Debian's chromium to run")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(django_db_setup, django_db_blocker):
    """A live server over the session's test database, demo site loaded."""
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        live = LiveServer("localhost:0")
        yield live
        live.stop()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(
        base_url=server.url, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def db_access(django_db_blocker):
    """Read or prepare data directly, outside any test transaction."""
    with django_db_blocker.unblock():
        yield


def sign_in(page, email, password="demo-portal-2026", language="en"):
    """Sign in through allauth's forms, with the TOTP step for staff accounts."""
    page.goto(f"/{language}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    if "/2fa/authenticate/" in page.url:
        enter_totp_code(page)
    if "/accounts/login/" in page.url or "/2fa/authenticate/" in page.url:
        screenshot(page, f"sign-in-failed-{email}")
        raise AssertionError(f"could not sign in as {email}")


def demo_totp_code():
    """The code an authenticator app holding the demo staff secret shows now."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    from home.demo import DEMO_TOTP_SECRET

    counter = int(time.time()) // TOTP_PERIOD
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, counter))


def submit_code(page):
    # The code page also has a "Cancel" button (a form of its own).
    page.locator("main button[type=submit]:not([form])").click()


def enter_totp_code(page):
    page.fill("input[name=code]", demo_totp_code())
    submit_code(page)
    page.wait_for_load_state()
    if "/2fa/authenticate/" in page.url:
        # A code is accepted once: if this account already used the current
        # one (or the period just turned), wait for the next code.
        time.sleep(TOTP_PERIOD - time.time() % TOTP_PERIOD + 1)
        page.fill("input[name=code]", demo_totp_code())
        submit_code(page)
        page.wait_for_load_state()


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
