"""Triage: every outcome, logged, shown on the idea's public page and to its author; bulk decisions."""

from django.core import mail
from django.test import Client
from django.urls import reverse

import pytest

from ideas.models import Idea, IdeaState
from planning.models import Referral, ReferralStatus, TriageDecision, TriageOutcome
from planning.triage import decide

from .conftest import public_html

pytestmark = pytest.mark.django_db

QUEUE = "/admin/triage/"


def triage(client, ideas, callbacks, **fields):
    with callbacks(execute=True):
        return client.post(QUEUE, {"ideas": [i.pk for i in ideas], **fields})


def test_within_authority_as_a_plan_candidate(client, officer, page_a, make_idea, roads,
                                              django_capture_on_commit_callbacks):
    idea = make_idea(page_a, "ซ่อมถนนหมู่ 2")
    response = triage(client, [idea], django_capture_on_commit_callbacks, outcome="within", route="plan",
                      function=roads.pk, note="")
    assert response.status_code == 302
    decision = TriageDecision.objects.get()
    assert (decision.outcome, decision.route, decision.function, decision.by, decision.current) == (
        TriageOutcome.WITHIN, "plan", roads, officer, True)
    idea.refresh_from_db()
    assert idea.category == roads and idea.state == IdeaState.PUBLISHED
    html = public_html(Client(), page_a, idea)
    assert "อยู่ในอำนาจหน้าที่ของ อปท." in html and "เป็นโครงการที่อาจบรรจุในแผนพัฒนาท้องถิ่น" in html
    [message] = mail.outbox
    assert message.to == [idea.author.email]
    assert "ซ่อมถนนหมู่ 2" in message.subject and "แผนพัฒนาท้องถิ่น" in message.body


def test_within_authority_as_a_ballot_candidate(client, officer, page_a, make_idea, roads,
                                                django_capture_on_commit_callbacks):
    idea = make_idea(page_a, "ไฟส่องสว่างซอย 3")
    triage(client, [idea], django_capture_on_commit_callbacks, outcome="within", route="ballot", function=roads.pk)
    assert "การลงคะแนนจัดสรรงบประมาณ" in public_html(Client(), page_a, idea)


def test_referral_to_one_plan_opens_a_referral(client, officer, page_a, make_idea, outside,
                                               django_capture_on_commit_callbacks):
    idea = make_idea(page_a, "ขยายทางหลวง 4203")
    triage(client, [idea], django_capture_on_commit_callbacks, outcome="refer", function=outside.pk,
           referral_level="district", note="ทางหลวงแผ่นดินเป็นของกรมทางหลวง")
    referral = Referral.objects.get()
    assert (referral.idea, referral.status, referral.decision.target) == (idea, ReferralStatus.SENT,
                                                                          "แผนพัฒนาอำเภอ (ONE PLAN)")
    assert referral.updates.get().to_status == ReferralStatus.SENT
    html = public_html(Client(), page_a, idea)
    assert "ส่งต่อถึง แผนพัฒนาอำเภอ (ONE PLAN)" in html
    assert "ทางหลวงแผ่นดินเป็นของกรมทางหลวง" in html and "สถานะ: ส่งแล้ว" in html
    assert "แผนพัฒนาอำเภอ (ONE PLAN)" in mail.outbox[0].body


def test_referral_to_a_named_agency(client, officer, page_a, make_idea, outside, django_capture_on_commit_callbacks):
    idea = make_idea(page_a, "ตำรวจตั้งด่านบ่อยเกินไป")
    triage(client, [idea], django_capture_on_commit_callbacks, outcome="refer", function=outside.pk,
           referral_level="agency", agency="สถานีตำรวจภูธรอ่าวนาง", note="เรื่องของตำรวจ")
    assert "ส่งต่อถึง สถานีตำรวจภูธรอ่าวนาง" in public_html(Client(), page_a, idea)


def test_not_feasible_shows_its_reason(client, officer, page_a, make_idea, django_capture_on_commit_callbacks):
    idea = make_idea(page_a, "สร้างสนามบินในตำบล")
    triage(client, [idea], django_capture_on_commit_callbacks, outcome="not_feasible",
           note="งบประมาณเกินกำลังของ อบต. หลายร้อยเท่า")
    html = public_html(Client(), page_a, idea)
    assert "ไม่สามารถดำเนินการได้" in html and "เหตุผล: งบประมาณเกินกำลังของ อบต. หลายร้อยเท่า" in html
    assert "งบประมาณเกินกำลัง" in mail.outbox[0].body


def test_duplicate_links_to_the_original(client, officer, page_a, make_idea, django_capture_on_commit_callbacks):
    original = make_idea(page_a, "ถนนหมู่ 1 เป็นหลุม")
    copy = make_idea(page_a, "ถนนหมู่ 1 เป็นหลุมบ่อ")
    triage(client, [copy], django_capture_on_commit_callbacks, outcome="duplicate", duplicate_of=original.pk)
    copy.refresh_from_db()
    assert copy.duplicate_of == original
    html = public_html(Client(), page_a, copy)
    assert "ซ้ำกับข้อเสนออื่น" in html and f'ideas/{original.pk}/">ถนนหมู่ 1 เป็นหลุม</a>' in html


def test_the_author_sees_the_outcome_on_my_ideas(client, officer, page_a, make_idea, outside,
                                                 django_capture_on_commit_callbacks):
    idea = make_idea(page_a, "ขยายทางหลวง")
    triage(client, [idea], django_capture_on_commit_callbacks, outcome="refer", function=outside.pk,
           referral_level="tambon", note="ส่งแผนตำบล")
    author = Client()
    author.force_login(idea.author)
    html = author.get("/my-ideas/", HTTP_HOST=page_a.authority.site.hostname).content.decode()
    assert "ส่งต่อออกนอก อปท." in html and "แผนพัฒนาตำบล (ONE PLAN)" in html and "ส่งแล้ว" in html


def test_bulk_triage_decides_many_ideas_at_once(client, officer, page_a, make_idea, roads,
                                                django_capture_on_commit_callbacks):
    ideas = [make_idea(page_a, f"ถนนสาย {n}") for n in range(12)]
    triage(client, ideas, django_capture_on_commit_callbacks, outcome="within", route="plan", function=roads.pk)
    assert TriageDecision.objects.filter(current=True, outcome="within").count() == 12
    assert len(mail.outbox) == 12
    queue = client.get(QUEUE).content.decode()
    assert "ไม่มีข้อเสนอรอคัดกรอง" in queue
    assert "ถนนสาย 3" in client.get(QUEUE, {"show": "within"}).content.decode()


def test_bulk_duplicate_skips_the_original_itself(client, officer, page_a, make_idea,
                                                  django_capture_on_commit_callbacks):
    original, a, b = make_idea(page_a, "ต้นเรื่อง"), make_idea(page_a, "ซ้ำ ก"), make_idea(page_a, "ซ้ำ ข")
    response = triage(client, [original, a, b], django_capture_on_commit_callbacks, outcome="duplicate",
                      duplicate_of=original.pk)
    assert response.status_code == 302
    assert set(Idea.objects.filter(duplicate_of=original)) == {a, b}
    assert not TriageDecision.objects.filter(idea=original).exists()


def test_a_new_decision_replaces_the_current_one_and_the_log_keeps_both(client, officer, page_a, make_idea, roads,
                                                                        django_capture_on_commit_callbacks):
    idea = make_idea(page_a, "ลานกีฬา")
    triage(client, [idea], django_capture_on_commit_callbacks, outcome="not_feasible", note="ไม่มีที่ดิน")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("planning_triage_idea", args=[idea.pk]), {"outcome": "within", "route": "ballot",
                                                                      "function": roads.pk, "note": "พบที่ดินแล้ว"})
    decisions = list(TriageDecision.objects.filter(idea=idea).order_by("at", "pk"))
    assert [(d.outcome, d.current) for d in decisions] == [("not_feasible", False), ("within", True)]
    history = client.get(reverse("planning_triage_idea", args=[idea.pk])).content.decode()
    assert "ไม่มีที่ดิน" in history and "พบที่ดินแล้ว" in history and "officer-a" in history
    html = public_html(Client(), page_a, idea)
    assert "พบที่ดินแล้ว" in html and "ไม่มีที่ดิน" not in html


@pytest.mark.parametrize("fields, error", [
    ({"outcome": "within", "route": "plan"}, "เลือกด้านตามอำนาจหน้าที่ของข้อเสนอ"),
    ({"outcome": "refer", "referral_level": "district"}, "เขียนหมายเหตุหรือเหตุผลที่ประชาชนจะได้อ่าน"),
    ({"outcome": "refer", "referral_level": "agency", "note": "x"}, "ระบุชื่อหน่วยงาน"),
    ({"outcome": "not_feasible"}, "เขียนหมายเหตุหรือเหตุผลที่ประชาชนจะได้อ่าน"),
    ({"outcome": "duplicate", "duplicate_of": "999999"}, "ระบุหมายเลขของข้อเสนอที่เผยแพร่แล้วของ อปท. นี้"),
])
def test_an_incomplete_decision_is_refused_in_thai_and_nothing_changes(client, officer, page_a, make_idea, outside,
                                                                        fields, error):
    idea = make_idea(page_a, "ข้อเสนอ")
    if fields["outcome"] in ("refer",):
        fields = {**fields, "function": outside.pk}
    response = client.post(QUEUE, {"ideas": [idea.pk], **fields})
    assert response.status_code == 200 and error in response.content.decode()
    assert not TriageDecision.objects.exists() and not mail.outbox


def test_unpublished_ideas_are_not_in_the_queue(client, officer, page_a, make_idea):
    waiting = make_idea(page_a, "รอตรวจ", state=IdeaState.SUBMITTED)
    assert "รอตรวจ" not in client.get(QUEUE, {"show": "all"}).content.decode()
    assert client.post(QUEUE, {"ideas": [waiting.pk], "outcome": "not_feasible", "note": "x"}).status_code == 404


def test_ballot_candidates_come_first_in_the_ballot_admin(client, officer, page_a, make_idea, roads, lao_a):
    from ballots.models import Ballot

    Ballot.objects.create(authority=lao_a, consultation_key=page_a.translation_key, budget=1_000_000)
    later = make_idea(page_a, "ข้อเสนอทั่วไป")
    candidate = make_idea(page_a, "ลานกีฬาหมู่ 3")
    decide(candidate, TriageOutcome.WITHIN, by=officer, function=roads, route="ballot")
    html = client.get(reverse("ballots_ballot", args=[page_a.pk])).content.decode()
    assert html.index("ลานกีฬาหมู่ 3") < html.index("ข้อเสนอทั่วไป")
    assert "เหมาะกับการลงคะแนน (คัดกรองแล้ว)" in html and later.title in html


def test_a_duplicate_of_an_idea_in_another_consultation_links_to_its_page(client, officer, page_a, make_idea,
                                                                          make_consultation, lao_a):
    other_page = make_consultation(lao_a, "screening", slug="drains")
    original = make_idea(other_page, "ท่อระบายน้ำอุดตัน")
    copy = make_idea(page_a, "ท่อตัน")
    decide(copy, TriageOutcome.DUPLICATE, by=officer, duplicate_of=original)
    html = public_html(Client(), page_a, copy)
    assert f'href="http://{lao_a.site.hostname}/drains/ideas/{original.pk}/">ท่อระบายน้ำอุดตัน</a>' in html
