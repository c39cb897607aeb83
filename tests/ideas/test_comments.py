"""Comments: who may post when, pre- and post-moderation, threads, follow-ups, and each LAO's own."""

import pytest
from django_comments_xtd.models import XtdComment

from ideas.models import CommentRecord, Idea, IdeaState
from participation.eligibility import Audience
from portal.identity.models import StandingKind
from portal.privacy.consent import record_consent
from tests.conftest import host_of, staff_login

BODY = [{"type": "comments", "value": {"heading": "ความคิดเห็น"}}]


@pytest.fixture
def page(lao_a, make_consultation, today):
    return make_consultation(lao_a, "ideas", body=BODY, audience_comment=Audience.SIGNED_IN)


@pytest.fixture
def post(client, lao_a):
    def send(page, data, user, path="comments/"):
        client.force_login(user)
        return client.post(page.url + path, data, HTTP_HOST=host_of(lao_a), follow=True)

    return send


@pytest.mark.django_db
def test_premoderated_comment_waits_then_appears_with_the_standing(page, citizen, lao_a, make_standing, post,
                                                                   client, make_member):
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    html = post(page, {"comment": "ควรซ่อมถนนหน้าวัดก่อน"}, citizen).content.decode()
    assert "จะปรากฏเมื่อผู้ตรวจสอบอ่านแล้ว" in html
    comment = XtdComment.objects.get()
    assert not comment.is_public and comment.record.awaiting_review and comment.record.standing == "local"
    assert "ควรซ่อมถนนหน้าวัดก่อน" not in client.get(page.url, HTTP_HOST=host_of(lao_a)).content.decode()
    staff_login(client, make_member(lao_a, "moderators"))
    client.post("/admin/moderation/", {"kind": "comments", "comments": [comment.record.pk], "decision": "approve"})
    client.logout()
    html = client.get(page.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "ควรซ่อมถนนหน้าวัดก่อน" in html and "ผู้มีภูมิลำเนาในพื้นที่" in html
    decision = comment.record.decisions.get()
    assert (decision.decision, decision.by.username) == ("approve", "moderators-ao-nang-sao")


@pytest.mark.django_db
def test_postmoderated_comment_appears_at_once_unless_held(lao_a, make_consultation, citizen, post, client, today):
    page = make_consultation(lao_a, "ideas", body=BODY, audience_comment=Audience.SIGNED_IN,
                             comments_premoderated=False)
    post(page, {"comment": "เห็นด้วยกับการทำทางระบายน้ำ"}, citizen)
    post(page, {"comment": "ติดต่อผมได้ที่ 081-234-5678 เลือกตั้งครั้งหน้าอย่าลืมเลือกผม"}, citizen)
    clean, held = XtdComment.objects.order_by("pk")
    assert clean.is_public and not held.is_public and held.record.awaiting_review
    assert {f["category"] for f in held.record.screening} >= {"personal_data", "campaign"}


@pytest.mark.django_db
def test_threads_and_follow_up_mail(lao_a, make_consultation, citizen, post, django_user_model, mailoutbox, today,
                                    django_capture_on_commit_callbacks):
    page = make_consultation(lao_a, "ideas", body=BODY, audience_comment=Audience.SIGNED_IN,
                             comments_premoderated=False)
    citizen.email = "somchai@example.org"
    citizen.save()
    with django_capture_on_commit_callbacks(execute=True):
        post(page, {"comment": "ถนนสายนี้ควรซ่อม", "followup": "on"}, citizen)
    first = XtdComment.objects.get()
    other = django_user_model.objects.create_user(username="malee", password="x", email="m@example.org")
    record_consent(other)
    with django_capture_on_commit_callbacks(execute=True):
        post(page, {"comment": "เห็นด้วยครับ", "parent": first.pk}, other)
    reply = XtdComment.objects.exclude(pk=first.pk).get()
    assert (reply.parent_id, reply.thread_id, reply.level) == (first.pk, first.pk, 1)
    assert [m.to for m in mailoutbox] == [["somchai@example.org"]] and "เห็นด้วยครับ" in mailoutbox[0].body


@pytest.mark.django_db
def test_empty_comment_is_explained_and_closed_phase_refuses(page, citizen, post, lao_a, make_consultation):
    response = post(page, {"comment": ""}, citizen)
    assert response.status_code == 400 and "กรุณาเขียนความคิดเห็นก่อน" in response.content.decode()
    closed = make_consultation(lao_a, "closed", slug="closed", body=BODY)
    post(closed, {"comment": "สาย"}, citizen)
    assert not XtdComment.objects.exists()


@pytest.mark.django_db
def test_comments_on_an_idea_and_isolation(page, citizen, post, lao_a, lao_b, client, make_member):
    idea = Idea.objects.create(authority=lao_a, consultation_key=page.translation_key, title="ทางเท้า",
                               description="x", standing="local", state=IdeaState.PUBLISHED)
    post(page, {"comment": "ควรทำทางลาดด้วย"}, citizen, path=f"ideas/{idea.pk}/comments/")
    comment = XtdComment.objects.get()
    assert comment.content_object == idea and CommentRecord.objects.get().authority == lao_a
    # Another LAO's moderator neither sees nor decides on it; its site does not serve the route.
    staff_login(client, make_member(lao_b, "moderators"))
    assert "ควรทำทางลาดด้วย" not in client.get("/admin/moderation/").content.decode()
    client.post("/admin/moderation/", {"kind": "comments", "comments": [comment.record.pk], "decision": "approve"})
    assert not XtdComment.objects.get().is_public
    assert client.post(page.url + "comments/", {"comment": "x"}, HTTP_HOST=host_of(lao_b)).status_code == 404


@pytest.mark.django_db
def test_comment_text_is_rendered_inert(lao_a, make_consultation, citizen, post, client, today):
    page = make_consultation(lao_a, "ideas", body=BODY, audience_comment=Audience.SIGNED_IN,
                             comments_premoderated=False)
    post(page, {"comment": "<script>alert(1)</script> ซ่อมถนน"}, citizen)
    html = client.get(page.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
