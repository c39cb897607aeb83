"""A citizen signs up on a phone, consents, verifies with a resident-list ID and may then vote.

The ballot block of a locals-only vote goes from "sign in" to "verify your residence to vote"
to eligible, through the real sign-up (with the e-mailed confirmation link), the PDPA consent
on the sign-up form and the LAO's /verify/ page.
"""

import re
from urllib.parse import urlparse

import pytest

from participation.eligibility import Audience
from portal.identity.models import Standing
from portal.identity.resident_list import parse_resident_file, store_resident_list
from portal.privacy.models import Consent, PrivacyNotice
from portal.privacy.notice_v1 import BODY_TH, SUMMARY_TH
from portal.tenancy.models import Village

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NATIONAL_ID = "1112034563562"


def test_citizen_signs_up_verifies_and_may_vote(live_server, phone, lao_a, make_consultation, mailoutbox, today):
    PrivacyNotice.objects.get_or_create(version=1, defaults={"summary_th": SUMMARY_TH, "body_th": BODY_TH})
    village = Village.objects.create(authority=lao_a, number=2, name_th="บ้านคลองแห้ง")
    store_resident_list(lao_a, parse_resident_file("residents.csv", f"{NATIONAL_ID},2\n".encode(), lao_a))
    consultation = make_consultation(lao_a, "voting", audience_vote=Audience.LOCALS)  # voting "today"
    base = f"http://{lao_a.site.hostname}:{urlparse(live_server.url).port}"
    page_url = base + consultation.relative_url(lao_a.site)
    ballot = phone.locator(".participation--ballot")

    phone.goto(page_url)
    assert "ลงชื่อเข้าใช้เพื่อลงคะแนน" in ballot.inner_text()

    # Sign up, with consent and the age statement on the same form.
    phone.goto(f"{base}/accounts/signup/?next={consultation.relative_url(lao_a.site)}")
    phone.fill("input[name=email]", "kanya@example.org")
    phone.fill("input[name=password1]", "Khlong-Haeng-2569")
    phone.fill("input[name=password2]", "Khlong-Haeng-2569")
    phone.check("input[name=accept]")
    phone.check("input[name=age][value=adult]")
    phone.locator("main form button[type=submit]").last.click()
    phone.wait_for_load_state()
    assert Consent.objects.filter(user__email="kanya@example.org", notice__version=1).exists()

    # Confirm the e-mail address with the link that was sent.
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mailoutbox[-1].body).group(0)
    phone.goto(base + urlparse(link).path)
    phone.locator("main form button[type=submit]").last.click()
    phone.wait_for_load_state()

    # Signed in, but not yet known as a resident: the ballot says what to do.
    phone.goto(page_url)
    assert "ยืนยันที่อยู่ของคุณเพื่อลงคะแนน" in ballot.inner_text()

    # The resident-list check on the LAO's own /verify/ page.
    phone.goto(f"{base}/verify/")
    phone.fill("input[name=national_id]", "1-1120-34563-56-2")
    phone.locator("main form button[type=submit]").last.click()
    phone.wait_for_load_state()
    standing = Standing.objects.get(user__email="kanya@example.org", authority=lao_a)
    assert standing.kind == "local" and standing.village == village

    phone.goto(page_url)
    text = ballot.inner_text()
    assert "ลงคะแนนได้ถึงวันที่" in text and "ยืนยัน" not in text
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
