"""The index follows every save: ideas and comments enter it when public and leave it when not."""

from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

import pytest
from modelsearch.conf import get_app_config

from ideas.lifecycle import change_state
from ideas.models import CommentRecord, Idea, IdeaState
from portal.pages.models import StandardPage

from .conftest import everything, lao_scope, make_comment, make_consultation, make_idea, publish


def entries(model):
    index_entry = get_app_config().get_model("IndexEntry")
    return index_entry.objects.filter(content_type=ContentType.objects.get_for_model(model))


def titles(authority, text):
    return [r.object.title for r in everything(lao_scope(authority), text).results if r.kind == "ideas"]


@pytest.mark.django_db
def test_an_idea_is_indexed_when_published_and_removed_when_not(lao_a):
    consultation = make_consultation(lao_a)
    idea = make_idea(lao_a, consultation, "ศาลาพักผู้โดยสารหลังคารั่ว", "ฝนตกแล้วเปียก", state=IdeaState.SUBMITTED)
    assert not entries(Idea).filter(object_id=str(idea.pk)).exists()  # waiting for moderation

    change_state(idea, IdeaState.PUBLISHED)
    assert titles(lao_a, "ศาลา") == [idea.title]

    idea.refresh_from_db()
    idea.title = "ศาลาพักผู้โดยสารพัง"
    idea.save()
    assert titles(lao_a, "พัง") == [idea.title]  # edits are reindexed at once

    change_state(idea, IdeaState.HIDDEN, reason="flagged")
    assert not entries(Idea).filter(object_id=str(idea.pk)).exists()
    assert titles(lao_a, "ศาลา") == []

    change_state(idea, IdeaState.PUBLISHED)
    assert titles(lao_a, "ศาลา") == [idea.title]
    Idea.objects.get(pk=idea.pk).delete()
    assert not entries(Idea).exists()


@pytest.mark.django_db
def test_a_comment_leaves_the_index_when_a_moderator_hides_it(lao_a, client):
    from ideas.moderation.flags import flag_item
    from portal.tenancy.models import AuthorityBranding

    consultation = make_consultation(lao_a)
    comment = make_comment(consultation, consultation, "ไฟกิ่งหน้าวัดดับมาสามคืน")
    record = CommentRecord.objects.get(comment=comment)
    assert entries(CommentRecord).filter(object_id=str(record.pk)).exists()
    assert [r.kind for r in everything(lao_scope(lao_a), "ไฟกิ่ง").results] == ["comments"]

    AuthorityBranding.objects.filter(site_id=lao_a.site_id).update(flag_threshold=1)
    from django.contrib.auth import get_user_model

    flagger = get_user_model().objects.create_user(username="flagger")
    assert flag_item(authority=lao_a, user=flagger, reason="spam", comment=comment) == (True, True)
    assert not entries(CommentRecord).exists()
    assert everything(lao_scope(lao_a), "ไฟกิ่ง").results == []


@pytest.mark.django_db
def test_erasing_a_person_removes_their_comments_from_the_index(lao_a, django_user_model):
    from portal.privacy.personal_data import erase_person

    consultation = make_consultation(lao_a)
    person = django_user_model.objects.create_user(username="leaving")
    make_comment(consultation, consultation, "บ้านเลขที่ 12 ของนายสมชายน้ำท่วมทุกปี", user=person)
    kept = make_comment(consultation, consultation, "น้ำท่วมซอยเดียวกัน")
    assert entries(CommentRecord).count() == 2

    record = erase_person(person)
    assert record.summary["search_index"] == 1
    assert list(entries(CommentRecord).values_list("object_id", flat=True)) == [
        str(CommentRecord.objects.get(comment=kept).pk)]
    assert not everything(lao_scope(lao_a), "สมชาย").results


@pytest.mark.django_db
def test_pages_are_reindexed_when_published(lao_a):
    page = publish(lao_a.home_page.specific, StandardPage(title="ประกาศปิดถนน", slug="notice"))
    assert [r.object.pk for r in everything(lao_scope(lao_a), "ปิดถนน").results] == [page.pk]
    page.title = "ประกาศเปิดสะพาน"
    page.save_revision().publish()
    assert [r.object.pk for r in everything(lao_scope(lao_a), "สะพาน").results] == [page.pk]
    assert not everything(lao_scope(lao_a), "ปิดถนน").results


@pytest.mark.django_db
def test_the_rebuild_command_restores_the_index_with_a_progress_bar(lao_a, capsys):
    consultation = make_consultation(lao_a)
    ideas = [make_idea(lao_a, consultation, f"ถนนหมู่ {n} เป็นหลุม", "ซ่อมด่วน") for n in range(1, 8)]
    make_idea(lao_a, consultation, "ถนนที่ยังไม่ผ่านการตรวจ", state=IdeaState.SUBMITTED)
    get_app_config().get_model("IndexEntry").objects.all().delete()
    assert everything(lao_scope(lao_a), "ถนน").results == []

    out = StringIO()
    call_command("rebuild_search_index", chunk_size=3, stdout=out)
    assert "indexed" in out.getvalue()
    progress = capsys.readouterr().err
    assert "search.SearchableIdea" in progress and "7/7" in progress
    found = {r.object.pk for r in everything(lao_scope(lao_a), "ถนน").results if r.kind == "ideas"}
    assert found == {idea.pk for idea in ideas}

    out = StringIO()
    call_command("rebuild_search_index", only=["search.SearchableIdea"], stdout=out, verbosity=0)
    assert "indexed 7 objects" in out.getvalue()
    assert everything(lao_scope(lao_a), consultation.title).count >= 1  # pages kept by a partial rebuild
