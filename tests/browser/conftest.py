"""Headless Chromium (Debian's package) driven by Playwright against pytest-django's live server.

LAO hostnames (<slug>.ruamkhit.test) are mapped to the live server with a host resolver rule, so
the browser talks to each LAO's site exactly as a citizen's browser would. Nothing is fetched
from outside the machine.
"""

import os
import shutil

import pytest

from tests.consultations.conftest import make_consultation, today  # noqa: F401  (shared fixtures)

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package (bin/test does).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP *.ruamkhit.test 127.0.0.1, MAP ruamkhit.test 127.0.0.1",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A 375 px wide phone screen, Thai as the browser's language."""
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True,
        has_touch=True, locale="th-TH",
    )
    page = context.new_page()
    yield page
    context.close()
