"""In a phone's browser, ideas like the one being written appear while its title is typed."""

from urllib.parse import urlparse

import pytest

from participation.eligibility import Audience
from portal.privacy.models import PrivacyNotice
from portal.privacy.notice_v1 import BODY_TH, SUMMARY_TH
from portal.tenancy.models import Village
from tests.search.conftest import make_idea

from .test_idea_flow import BODY, phone_signed_in, resident

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_similar_ideas_appear_while_the_title_is_typed(live_server, browser, lao_a, make_consultation, today):
    PrivacyNotice.objects.get_or_create(version=1, defaults={"summary_th": SUMMARY_TH, "body_th": BODY_TH})
    village = Village.objects.create(authority=lao_a, number=3, name_th="บ้านนาหลวง")
    consultation = make_consultation(lao_a, "ideas", body=BODY, audience_submit=Audience.LOCALS)
    make_idea(lao_a, consultation, "ถนนลูกรังหมู่ 3 เป็นหลุมบ่อ", "หน้าฝนรถล้ม")
    make_idea(lao_a, consultation, "ขยะล้นถังหน้าตลาด", "ส่งกลิ่นเหม็น")
    path = consultation.relative_url(lao_a.site)
    base = f"http://{lao_a.site.hostname}:{urlparse(live_server.url).port}"
    context, phone = phone_signed_in(browser, base, resident(lao_a, "malee", village), path)

    form = phone.locator("form.idea-form")
    form.locator("input[name=title]").press_sequentially("ซ่อมถนนลูกรัง", delay=30)
    suggestion = form.locator("[data-similar-ideas] a")
    suggestion.first.wait_for(timeout=10_000)
    assert suggestion.count() == 1
    assert "ถนนลูกรังหมู่ 3 เป็นหลุมบ่อ" in suggestion.inner_text()
    assert form.locator("[data-similar-ideas] mark").first.inner_text() == "ถนนลูกรัง"
    context.close()
