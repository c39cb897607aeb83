"""A knapsack ballot on a phone: the total follows the choices, an over-budget choice is prevented,
the ballot is confirmed and cast; after voting closes the results show the local/outsider split."""

import datetime
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from ballots.models import Ballot, BallotProject, CastBallot
from consultations.models import ConsultationPage
from participation.eligibility import Audience
from portal.identity.models import StandingKind
from portal.privacy.models import PrivacyNotice
from portal.privacy.notice_v1 import BODY_TH, SUMMARY_TH
from portal.tenancy.models import Village

from .test_idea_flow import phone_signed_in, resident

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = [
    {"type": "ballot", "value": {"heading": "ลงคะแนนเลือกโครงการ", "intro": ""}},
    {"type": "results", "value": {"heading": "ผลการลงคะแนน"}},
]


def serious_violations(page):
    return [v["id"] for v in Axe().run(page).response["violations"] if v.get("impact") in ("serious", "critical")]


def test_resident_fills_a_knapsack_ballot_on_a_phone_and_sees_the_results(live_server, browser, lao_a,
                                                                          make_consultation, today):
    PrivacyNotice.objects.get_or_create(version=1, defaults={"summary_th": SUMMARY_TH, "body_th": BODY_TH})
    village = Village.objects.create(authority=lao_a, number=2, name_th="บ้านคลองแห้ง")
    consultation = make_consultation(lao_a, "voting", body=BODY, audience_vote=Audience.LOCALS_AND_OUTSIDERS)
    ballot = Ballot.objects.create(authority=lao_a, consultation_key=consultation.translation_key, budget=1_000_000)
    road, canal, lights, ground = [
        BallotProject.objects.create(ballot=ballot, title=title, description="รายละเอียดโครงการ", cost=cost,
                                     village=village, sort_order=i)
        for i, (title, cost) in enumerate([("ซ่อมถนนสายบ้านคลองแห้ง", 600_000), ("ขุดลอกคลองแห้ง", 300_000),
                                           ("ไฟฟ้าส่องสว่าง", 250_000), ("ลานกีฬาผู้สูงอายุ", 100_000)])
    ]
    malee = resident(lao_a, "malee", village)
    path = consultation.relative_url(lao_a.site)
    base = f"http://{lao_a.site.hostname}:{urlparse(live_server.url).port}"

    context, phone = phone_signed_in(browser, base, malee, path)
    form = phone.locator("form.ballot-form")
    total = form.locator(".ballot-total__sum")
    assert form.locator(".ballot-total").is_visible()
    form.locator(f"#ballot-project-{road.pk}").check()
    assert "600,000" in total.inner_text()
    form.locator(f"#ballot-project-{canal.pk}").check()
    assert "900,000" in total.inner_text()
    # 100,000 left: the lights (250,000) can no longer be chosen, and the page says why.
    lights_box = form.locator(f"#ballot-project-{lights.pk}")
    assert lights_box.is_disabled()
    assert "เกินงบที่เหลือ" in phone.locator(f"#ballot-project-{lights.pk}-facts").inner_text()
    assert "100,000" in form.locator(".ballot-total__left").inner_text()
    form.locator(f"#ballot-project-{ground.pk}").check()
    assert "1,000,000" in total.inner_text()
    # Changing one's mind frees the budget again.
    form.locator(f"#ballot-project-{canal.pk}").uncheck()
    assert not lights_box.is_disabled()
    lights_box.check()
    assert "950,000" in total.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert serious_violations(phone) == []
    phone.screenshot(path="/tmp/ballot-phone.png", full_page=True)

    form.locator("button[type=submit]").click()
    phone.wait_for_selector(".ballot-confirm")
    assert "950,000 บาท" in phone.locator(".ballot-confirm__table tfoot").inner_text()
    assert not CastBallot.objects.exists()  # nothing is cast before confirming
    assert serious_violations(phone) == []
    phone.click("text=ลงคะแนน >> nth=-1")
    phone.wait_for_selector("text=บัตรลงคะแนนของคุณถูกนับแล้ว")
    cast = CastBallot.objects.get()
    assert sorted(cast.projects) == sorted([road.pk, lights.pk, ground.pk]) and cast.standing == "local"
    assert phone.locator("form.ballot-form").count() == 0

    # Others voted too; voting closes and the results are published.
    outsiders = [resident(lao_a, f"visitor{i}", None) for i in range(2)]
    for user in outsiders:
        user.standings.update(kind=StandingKind.OUTSIDER, village=None)
        CastBallot.objects.create(ballot=ballot, projects=[canal.pk, lights.pk], standing="outsider",
                                  voter_key=f"k{user.pk}")
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        voting_end=today - datetime.timedelta(days=2), results_date=today - datetime.timedelta(days=1))
    phone.goto(f"{base}{path}")
    table = phone.locator(".results-table")
    table.wait_for()
    text = phone.locator(".participation--results").inner_text()
    assert "นับบัตรแล้ว 3 ใบ" in text and "จากผู้มีภูมิลำเนาในพื้นที่ 1 ใบ จากนอกพื้นที่ 2 ใบ" in text
    lights_row = table.locator("tr", has_text="ไฟฟ้าส่องสว่าง")
    cells = lights_row.locator("td").all_inner_texts()
    assert cells[1:4] == ["3", "1", "2"]  # votes, locals, outsiders
    assert "เฉพาะคนในพื้นที่" in table.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert serious_violations(phone) == []
    phone.screenshot(path="/tmp/ballot-results-phone.png", full_page=True)
    context.close()
