"""The public referrals page on a phone: from the central home page to the list, cards that fit
a 375 px screen, a province chosen and its districts offered, and no serious accessibility issue."""

from pathlib import Path
from urllib.parse import urlparse

import pytest

from ideas.models import Idea, IdeaState
from planning import triage
from planning.models import TriageOutcome

from .test_home_page import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_a_phone_reads_the_referrals_of_every_lao(live_server, phone, lao_a, lao_b, make_consultation,
                                                  today):  # noqa: F811
    for lao, title, level in ((lao_a, "ขยายไหล่ทางหลวง 4203 หน้าโรงเรียนบ้านคลองแห้ง", "district"),
                              (lao_b, "ขุดลอกแม่น้ำปิงช่วงสะพานนวรัฐ", "tambon")):
        page = make_consultation(lao, "screening", slug="roads")
        idea = Idea.objects.create(authority=lao, consultation_key=page.translation_key, title=title,
                                   description="ทางสาธารณะนอกอำนาจหน้าที่", standing="local", state=IdeaState.PUBLISHED)
        triage.decide(idea, TriageOutcome.REFER, by=None, referral_level=level, note="ส่งเข้าแผนพัฒนาอำเภอ",
                      notify_author=False)

    port = urlparse(live_server.url).port
    phone.goto(f"http://ruamkhit.test:{port}/")
    phone.click("#referrals-title a")
    phone.wait_for_load_state("networkidle")
    assert phone.url.endswith("/referrals/")
    cards = phone.locator(".referrals-table tbody tr")
    assert cards.count() == 2
    assert "ขุดลอกแม่น้ำปิง" in cards.first.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    violations, results = serious_violations(phone)
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "referrals-375.png"), full_page=True)
    assert violations == [], results.generate_report()

    # Without JavaScript: a province, "Show", then that province's districts.
    assert phone.locator("select[name=district]").is_disabled()
    phone.select_option("select[name=province]", lao_a.province_id)
    phone.click(".referrals__form button[type=submit]")
    phone.wait_for_load_state("networkidle")
    assert phone.locator(".referrals-table tbody tr").count() == 1
    district = phone.locator("select[name=district]")
    assert district.is_enabled() and lao_a.district_th in district.inner_text()
    violations, results = serious_violations(phone)
    assert violations == [], results.generate_report()
