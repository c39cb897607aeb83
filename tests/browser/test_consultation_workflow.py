"""An LAO editor builds a consultation in the admin; an approver publishes it; citizens read it.

The whole path through the real Wagtail admin in headless Chromium: sign in (allauth, with
a TOTP code), add a
consultation with an idea form and a poll from the block picker, submit it to the approval
workflow; the LAO's approver approves and publishes; the public page reads in Thai on a
375 px phone with no serious accessibility violations; an editor of another LAO can neither
find nor open it.
"""

import datetime
from urllib.parse import urlparse

from django.contrib.auth import get_user_model

import pytest
from allauth.account.models import EmailAddress
from axe_playwright_python.sync_playwright import Axe

from consultations.models import ConsultationPage
from tests.conftest import give_totp, totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests-1"


def url(live_server, authority, path):
    return f"http://{authority.site.hostname}:{urlparse(live_server.url).port}{path}"


def sign_in(context, live_server, authority, username):
    """The admin's sign-in is allauth's, with the code of the user's authenticator app."""
    user = get_user_model().objects.get(username=username)
    EmailAddress.objects.get_or_create(user=user, email=f"{username}@example.org",
                                       defaults={"verified": True, "primary": True})
    give_totp(user)
    page = context.new_page()
    page.goto(url(live_server, authority, "/admin/login/"))
    page.wait_for_url("**/accounts/login/?next=%2Fadmin%2F")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.account-form button[type=submit]")
    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.fill("input[name=code]", totp_code())
    page.click("form.account-form button[type=submit]")
    page.wait_for_url("**/admin/")
    return page



def test_editor_submits_approver_publishes_citizen_reads(live_server, browser, lao_a, lao_b, make_member):
    make_member(lao_a, "editors", username="editor-a")
    make_member(lao_a, "approvers", username="approver-a")
    make_member(lao_b, "editors", username="editor-b")
    today = datetime.date.today()

    # The editor of LAO A writes the consultation.
    editor_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    admin = sign_in(editor_context, live_server, lao_a, "editor-a")
    admin.goto(url(live_server, lao_a, f"/admin/pages/add/consultations/consultationpage/{lao_a.home_page_id}/"))
    admin.fill("#id_title", "ซ่อมถนนในหมู่บ้าน ปี 2572")
    admin.fill("#id_purpose", "อบต. อยากทราบว่าประชาชนต้องการให้ซ่อมถนนสายใดก่อน")
    admin.fill("#id_question", "ถนนสายใดในหมู่บ้านควรซ่อมก่อน")

    # Participation blocks from the block picker: an idea form, then a poll.
    body = admin.locator("[data-contentpath='body']")
    body.locator("button.c-sf-add-button").first.click()
    admin.get_by_role("option", name="แบบฟอร์มเสนอความคิดเห็น").or_(
        admin.get_by_text("แบบฟอร์มเสนอความคิดเห็น", exact=True)).first.click()
    body.locator("button.c-sf-add-button").last.click()
    admin.get_by_role("option", name="แบบสำรวจความเห็น").or_(
        admin.get_by_text("แบบสำรวจความเห็น", exact=True)).first.click()
    poll = body.locator("[data-contentpath='question']").last
    poll.locator("input").fill("เรื่องใดควรแก้ไขก่อน")
    choices = body.locator("[data-contentpath='choices']").last
    while choices.locator("input[type=text]").count() < 2:
        choices.locator("button.c-sf-add-button").last.click()
    choices.locator("input[type=text]").nth(0).fill("ถนน")
    choices.locator("input[type=text]").nth(1).fill("ทางระบายน้ำ")

    # Dates last: the date picker that opens on a date field would catch the clicks above.
    for field, offset in (("ideas_start", -1), ("ideas_end", 30)):
        admin.fill(f"#id_{field}", (today + datetime.timedelta(days=offset)).isoformat())
    admin.keyboard.press("Escape")

    # Submit to the approval workflow (editors cannot publish).
    admin.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    admin.locator("button[name='action-submit']").click()
    admin.wait_for_url("**/admin/pages/**")
    page = ConsultationPage.objects.get(title="ซ่อมถนนในหมู่บ้าน ปี 2572")
    assert page.workflow_in_progress and not page.live
    assert [b.block_type for b in page.get_latest_revision_as_object().body] == ["idea_form", "poll"]
    editor_context.close()

    # The approver of LAO A approves it, which publishes it.
    approver_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    review = sign_in(approver_context, live_server, lao_a, "approver-a")
    review.goto(url(live_server, lao_a, f"/admin/pages/{page.id}/edit/"))
    review.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    review.get_by_role("button", name="อนุมัติและเผยแพร่").click()
    review.wait_for_load_state("networkidle")
    page.refresh_from_db()
    assert page.live
    approver_context.close()

    # A citizen on a phone reads it in Thai.
    phone_context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True,
                                        has_touch=True, locale="th-TH")
    phone = phone_context.new_page()
    response = phone.goto(url(live_server, lao_a, page.relative_url(lao_a.site)))
    assert response.status == 200
    assert phone.locator("h1").inner_text() == "ซ่อมถนนในหมู่บ้าน ปี 2572"
    assert "ลงชื่อเข้าใช้เพื่อเสนอความคิดเห็น" in phone.content()
    assert "เรื่องใดควรแก้ไขก่อน" in phone.content()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    results = Axe().run(phone)
    serious = [v["id"] for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    assert serious == [], serious
    phone_context.close()

    # The editor of LAO B can neither find nor open it.
    other_context = browser.new_context(locale="th-TH")
    other = sign_in(other_context, live_server, lao_b, "editor-b")
    # Outside the editor's LAO the page is not found, as if it did not exist (docs/security.md).
    edit = other.goto(url(live_server, lao_b, f"/admin/pages/{page.id}/edit/"))
    assert edit.status == 404 and "ซ่อมถนนในหมู่บ้าน" not in other.content()
    search = other.goto(url(live_server, lao_b, "/admin/pages/search/?q=ซ่อมถนน"))
    assert "ซ่อมถนนในหมู่บ้าน" not in other.content()
    assert search.status == 200
    other_context.close()
