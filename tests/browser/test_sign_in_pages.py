"""The sign-in pages on a 375 px phone: in Thai, no sideways scrolling, 44 px targets, axe-clean."""

from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]


@pytest.mark.parametrize("path", PAGES)
def test_sign_in_page_on_a_phone(live_server, phone, lao_a, path):
    port = urlparse(live_server.url).port
    response = phone.goto(f"http://{lao_a.site.hostname}:{port}{path}?next=/waste/")
    assert response.status == 200
    assert phone.locator("html").get_attribute("lang") == "th"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    # Every control a thumb must hit is at least 44 px high.
    small = phone.evaluate("""() => [...document.querySelectorAll(
        'main input:not([type=hidden]):not([type=checkbox]), main button, main .button')]
        .filter(e => e.getBoundingClientRect().height < 44).map(e => e.outerHTML)""")
    assert small == []
    # Every input has a label the screen reader reads.
    unlabelled = phone.evaluate("""() => [...document.querySelectorAll('main input:not([type=hidden])')]
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name)""")
    assert unlabelled == []
    serious = [v["id"] for v in Axe().run(phone).response["violations"] if v.get("impact") in ("serious", "critical")]
    assert serious == [], serious
