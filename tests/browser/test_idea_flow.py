"""An idea's way on a phone: a resident submits it with a photo, a moderator approves it in the
admin, it appears in the idea list with its village, and another resident supports it and
comments on it."""

import io
from urllib.parse import urlparse

from django.contrib.auth import get_user_model

import pytest
from allauth.account.models import EmailAddress
from axe_playwright_python.sync_playwright import Axe
from PIL import Image

from ideas.models import Idea, IdeaState, Support
from participation.eligibility import Audience
from portal.identity.models import Standing, StandingKind, VerificationMethod
from portal.privacy.consent import record_consent
from portal.privacy.models import PrivacyNotice
from portal.privacy.notice_v1 import BODY_TH, SUMMARY_TH
from portal.tenancy.models import Village

from .test_consultation_workflow import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests-1"
BODY = [
    {"type": "idea_form", "value": {"heading": "เสนอความคิดเห็นของคุณ", "intro": ""}},
    {"type": "idea_list", "value": {"heading": "ข้อเสนอจากประชาชน", "sort": "newest", "page_size": 10}},
]


def resident(authority, username, village):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    record_consent(user)
    Standing.objects.create(user=user, authority=authority, kind=StandingKind.LOCAL, village=village,
                            method=VerificationMethod.OFFICER)
    return user


def photo():
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), (90, 120, 60)).save(buffer, "JPEG")
    return {"name": "road.jpg", "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def phone_signed_in(browser, base, user, next_path):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True,
                                  locale="th-TH")
    page = context.new_page()
    page.goto(f"{base}/accounts/login/?next={next_path}")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.account-form button[type=submit]")
    page.wait_for_url(f"**{next_path}")
    return context, page


def test_resident_idea_is_moderated_listed_supported_and_discussed(live_server, browser, lao_a, make_member,
                                                                  make_consultation, today):
    PrivacyNotice.objects.get_or_create(version=1, defaults={"summary_th": SUMMARY_TH, "body_th": BODY_TH})
    village = Village.objects.create(authority=lao_a, number=3, name_th="บ้านนาหลวง")
    consultation = make_consultation(lao_a, "ideas", body=BODY + [
        {"type": "comments", "value": {"heading": "ความคิดเห็น"}}],
        audience_submit=Audience.LOCALS, audience_comment=Audience.SIGNED_IN, comments_premoderated=False)
    path = consultation.relative_url(lao_a.site)
    base = f"http://{lao_a.site.hostname}:{urlparse(live_server.url).port}"
    malee, somchai = resident(lao_a, "malee", village), resident(lao_a, "somchai", village)
    make_member(lao_a, "moderators", username="moderator-a")

    # A resident submits an idea with a photo on her phone.
    context, phone = phone_signed_in(browser, base, malee, path)
    form = phone.locator("form.idea-form")
    form.locator("input[name=title]").fill("ถนนหน้าโรงเรียนน้ำท่วมขัง")
    form.locator("textarea[name=description]").fill("ฝนตกทีไรน้ำท่วมถนนหน้าโรงเรียนบ้านนาหลวง")
    form.locator("select[name=village]").select_option(str(village.pk))
    form.locator("select[name=category]").select_option(index=1)
    form.locator("input[name=photos]").set_input_files([photo()])
    form.locator("button[type=submit]").click()
    phone.wait_for_load_state()
    assert "รอการตรวจสอบก่อนเผยแพร่" in phone.content()
    idea = Idea.objects.get()
    assert idea.state == IdeaState.SUBMITTED and idea.photos.count() == 1
    assert "ถนนหน้าโรงเรียนน้ำท่วมขัง" not in phone.locator(".participation--idea-list").inner_text()
    context.close()

    # A moderator approves it in the admin.
    desk = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    admin = sign_in(desk, live_server, lao_a, "moderator-a")
    admin.goto(f"{base}/admin/moderation/")
    admin.check(f"#idea-{idea.pk}")
    admin.locator("select[name=decision]").first.select_option("approve")
    admin.locator("form:has(#idea-" + str(idea.pk) + ") button[type=submit]").click()
    admin.wait_for_load_state()
    assert Idea.objects.get().state == IdeaState.PUBLISHED
    desk.close()

    # Another resident finds it in the list with its village, supports it and comments.
    context, phone = phone_signed_in(browser, base, somchai, path)
    listing = phone.locator(".participation--idea-list").inner_text()
    assert "ถนนหน้าโรงเรียนน้ำท่วมขัง" in listing and "บ้านนาหลวง" in listing
    phone.click("text=ถนนหน้าโรงเรียนน้ำท่วมขัง")
    phone.wait_for_load_state()
    phone.click("button:has-text('สนับสนุนข้อเสนอนี้')")
    phone.wait_for_load_state()
    assert Support.objects.filter(idea=idea, user=somchai).exists()
    phone.fill("textarea[name=comment]", "เห็นด้วยครับ ลูกผมเดินผ่านทุกวัน")
    phone.click("form.comment-form button[type=submit]")
    phone.wait_for_load_state()
    assert "เห็นด้วยครับ ลูกผมเดินผ่านทุกวัน" in phone.locator("#comments").inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    serious = [v["id"] for v in Axe().run(phone).response["violations"] if v.get("impact") in ("serious", "critical")]
    assert serious == [], serious
    context.close()
