"""Citizens flag ideas and comments; at the LAO's threshold the item is hidden pending review."""

import pytest
from django_comments_xtd.models import XtdComment

from ideas.comments import post_comment
from ideas.models import Flag, Idea, IdeaState
from portal.privacy.consent import record_consent
from portal.tenancy.models import AuthorityBranding
from tests.conftest import host_of

BODY = [{"type": "comments", "value": {"heading": "ความคิดเห็น"}}]


@pytest.fixture
def page(lao_a, make_consultation, today):
    return make_consultation(lao_a, "ideas", body=BODY, audience_comment="signed_in", comments_premoderated=False)


@pytest.fixture
def people(django_user_model):
    users = [django_user_model.objects.create_user(username=f"p{i}", password="x") for i in range(3)]
    for user in users:
        record_consent(user)
    return users


@pytest.fixture
def idea(page):
    return Idea.objects.create(authority=page.authority, consultation_key=page.translation_key, title="ข้อเสนอ",
                               description="x", standing="local", state=IdeaState.PUBLISHED)


def flag(client, page, user, path, reason="campaign"):
    client.force_login(user)
    return client.post(page.url + path, {"reason": reason}, HTTP_HOST=host_of(page.authority), follow=True)


@pytest.mark.django_db
def test_idea_is_hidden_at_the_threshold(page, idea, people, client, lao_a):
    AuthorityBranding.objects.filter(site=lao_a.site).update(flag_threshold=2)
    flag(client, page, people[0], f"ideas/{idea.pk}/flag/")
    flag(client, page, people[0], f"ideas/{idea.pk}/flag/")  # the same person counts once
    assert Idea.objects.get(pk=idea.pk).state == IdeaState.PUBLISHED
    html = flag(client, page, people[1], f"ideas/{idea.pk}/flag/", reason="personal_gain").content.decode()
    assert "ซ่อนไว้จนกว่าผู้ตรวจสอบ" in html
    hidden = Idea.objects.get(pk=idea.pk)
    assert hidden.state == IdeaState.HIDDEN and hidden.reason_code in ("campaign", "personal_gain")
    assert client.get(page.url + f"ideas/{idea.pk}/", HTTP_HOST=host_of(lao_a)).status_code == 404
    assert Flag.objects.count() == 2


@pytest.mark.django_db
def test_comment_is_hidden_at_the_threshold(page, people, citizen, client, lao_a):
    comment = post_comment(page=page, target=page, user=citizen, text="ข้อความไม่สุภาพ", parent_id=None,
                           followup=False, standing="local")
    assert comment.is_public
    for person in people:
        flag(client, page, person, f"comments/{comment.pk}/flag/", reason="offensive")
    comment = XtdComment.objects.get(pk=comment.pk)
    assert not comment.is_public and comment.record.awaiting_review and comment.record.reason_code == "offensive"


@pytest.mark.django_db
def test_a_flag_needs_a_reason_and_a_signed_in_person(page, idea, people, client, lao_a):
    flag(client, page, people[0], f"ideas/{idea.pk}/flag/", reason="")
    client.logout()
    client.post(page.url + f"ideas/{idea.pk}/flag/", {"reason": "spam"}, HTTP_HOST=host_of(lao_a))
    assert not Flag.objects.exists()
