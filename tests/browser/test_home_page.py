"""A citizen's phone: an LAO home page renders Thai in the shipped font, fits, and is accessible."""

from pathlib import Path
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from portal.pages.models import StandardPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def lao_url(live_server, authority, path="/"):
    port = urlparse(live_server.url).port
    return f"http://{authority.site.hostname}:{port}{path}"


@pytest.fixture
def lao(lao_a):
    for slug, title in (("about", "เกี่ยวกับเรา"), ("take-part", "วิธีการมีส่วนร่วม")):
        page = StandardPage(title=title, slug=slug, show_in_menus=True, intro="ข้อมูลสำหรับประชาชน")
        lao_a.home_page.add_child(instance=page)
        page.save_revision().publish()
    return lao_a


def serious_violations(page):
    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")], results


@pytest.mark.parametrize("path", ["/", "/en/", "/about/"])
def test_lao_page_on_a_phone(live_server, lao, phone, path):
    fonts = []
    phone.on("response", lambda r: fonts.append(r.url) if r.url.endswith(".woff2") else None)
    response = phone.goto(lao_url(live_server, lao, path))
    assert response.status == 200
    phone.wait_for_load_state("networkidle")
    phone.evaluate("document.fonts.ready")

    # Thai glyphs are drawn with the shipped Sarabun, served by the portal itself.
    assert phone.evaluate("document.fonts.check('16px Sarabun', 'องค์การบริหารส่วนตำบล')")
    loaded = phone.evaluate(
        "[...document.fonts].filter(f => f.family.replace(/\"/g, '') === 'Sarabun' && f.status === 'loaded').length"
    )
    assert loaded >= 1
    assert fonts and all(urlparse(u).hostname == lao.site.hostname for u in fonts), fonts
    family = phone.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert family.startswith("Sarabun")

    # The header reads as text: the LAO's name and province each take the width they need.
    place = phone.locator(".site-brand__place").bounding_box()
    assert place["width"] > 80 and place["height"] < 60, place

    # Fits a 375 px screen: no horizontal scrolling.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert phone.evaluate("document.body.scrollWidth") <= 375

    violations, results = serious_violations(phone)
    ARTIFACTS.mkdir(exist_ok=True)
    name = path.strip("/").replace("/", "-") or "home"
    phone.screenshot(path=str(ARTIFACTS / f"lao-{name}-375.png"), full_page=True)
    assert violations == [], results.generate_report()


def test_central_directory_on_a_phone(live_server, lao, phone):
    port = urlparse(live_server.url).port
    phone.goto(f"http://ruamkhit.test:{port}/")
    assert phone.locator(".directory__item a", has_text=lao.full_name_th).count() == 1
    phone.fill(".directory__form #id_q", "อ่าวนาง")
    phone.click(".directory__form button[type=submit]")
    phone.wait_for_load_state("networkidle")
    assert phone.locator(".directory__item").count() == 1
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    violations, results = serious_violations(phone)
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "central-375.png"), full_page=True)
    assert violations == [], results.generate_report()
    link = phone.locator(".directory__item a", has_text=lao.full_name_th)
    assert link.get_attribute("href") == f"http://{lao.site.hostname}/"  # Site port 80: production URL
    phone.goto(lao_url(live_server, lao))
    assert phone.locator("h1").inner_text() == lao.full_name_th
