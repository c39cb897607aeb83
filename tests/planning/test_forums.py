"""Onsite forums: the record with its minutes, ideas and paper ballots entered from it, counted
with the online ones and the split shown."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

import pytest

from ballots import casting, results
from ballots.models import CastBallot
from ideas.models import Idea, IdeaState, IdeaTransition
from planning.models import Forum, ForumBallot, ForumIdea
from portal.identity.identity_records import record_identity
from tests.ballots.conftest import ballot, make_voter, project_ids, valid_id, voting_page  # noqa: F401

from .conftest import TODAY, public_html

pytestmark = pytest.mark.django_db

MINUTES = b"%PDF-1.4\n% minutes of the forum\n"


def record_forum(client, page, village, day):
    response = client.post(reverse("planning_forum_add"), {
        "consultation": page.pk, "held_on": day.isoformat(), "place": "ศาลาประชาคมหมู่ 2", "village": village.pk,
        "attendance": "63", "minutes": SimpleUploadedFile("บันทึกการประชุม.pdf", MINUTES, "application/pdf"),
    })
    assert response.status_code == 302, response.content.decode()[:3000]
    return Forum.objects.latest("pk")


def test_a_forum_and_its_ideas_are_counted_with_the_online_ones(client, officer, page_a, villages, make_idea, roads):
    forum = record_forum(client, page_a, villages[1], TODAY - datetime.timedelta(days=2))
    assert (forum.authority, forum.consultation_key, forum.attendance, forum.created_by) == (
        page_a.authority, page_a.translation_key, 63, officer)
    assert forum.minutes.read() == MINUTES
    url = reverse("planning_forum", args=[forum.pk])
    for title in ("ขอรางระบายน้ำหน้าวัด", "ขอไฟส่องสว่างทางเข้าหมู่ 2"):
        client.post(url, {"action": "idea", "idea-title": title, "idea-description": "ชาวบ้านเสนอในเวที",
                          "idea-village": villages[1].pk, "idea-category": roads.pk})
    onsite = list(Idea.objects.filter(standing="onsite").order_by("pk"))
    assert [i.title for i in onsite] == ["ขอรางระบายน้ำหน้าวัด", "ขอไฟส่องสว่างทางเข้าหมู่ 2"]
    assert all(i.state == IdeaState.PUBLISHED and i.author is None and i.village == villages[1] for i in onsite)
    assert {link.idea for link in ForumIdea.objects.filter(forum=forum)} == set(onsite)
    assert IdeaTransition.objects.filter(idea=onsite[0], by=officer, to_state="published").exists()
    make_idea(page_a, "ข้อเสนอออนไลน์")
    listing = Client().get(page_a.url, HTTP_HOST=page_a.authority.site.hostname).content.decode()
    assert "ข้อเสนอ 3 เรื่อง: ออนไลน์ 1 เรื่อง จากเวทีประชาคม 2 เรื่อง" in listing
    assert "ขอรางระบายน้ำหน้าวัด" in listing and "ข้อเสนอออนไลน์" in listing
    only_onsite = Client().get(page_a.url, {"standing": "onsite"}, HTTP_HOST=page_a.authority.site.hostname)
    assert "ข้อเสนอออนไลน์" not in only_onsite.content.decode()
    assert "เสนอในเวทีประชาคมที่ ศาลาประชาคมหมู่ 2" in public_html(Client(), page_a, onsite[0])


def test_a_forum_needs_its_facts_and_refuses_the_future(client, officer, page_a):
    response = client.post(reverse("planning_forum_add"), {
        "consultation": page_a.pk, "held_on": (TODAY + datetime.timedelta(days=1)).isoformat(), "place": "",
        "attendance": "", "minutes": SimpleUploadedFile("x.exe", b"MZ", "application/octet-stream")})
    html = response.content.decode()
    assert "วันที่จัดเวทีต้องไม่เป็นวันในอนาคต" in html and not Forum.objects.exists()
    assert "รายงานการประชุมต้องเป็นไฟล์ PDF, Word, OpenDocument หรือภาพถ่าย" in html


def test_paper_ballots_of_a_forum_count_once_per_person(client, officer, voting_page, ballot, villages,  # noqa: F811
                                                        make_voter):  # noqa: F811
    forum = record_forum(client, voting_page, villages[1], TODAY - datetime.timedelta(days=1))
    url = reverse("planning_forum", args=[forum.pk])
    ids = project_ids(ballot)
    first = valid_id("310060012345")
    response = client.post(url, {"action": "paper", "paper-national_id": first, "paper-standing": "local",
                                 "paper-projects": [str(ids[1]), str(ids[3])]}, follow=True)
    assert "นับบัตรกระดาษแล้ว" in response.content.decode()
    paper = CastBallot.objects.get()
    assert (paper.channel, paper.forum_date, paper.forum_place) == ("paper", forum.held_on, "ศาลาประชาคมหมู่ 2")
    assert ForumBallot.objects.get().cast_ballot == paper
    # The same person again: refused, nothing stored.
    html = client.post(url, {"action": "paper", "paper-national_id": first, "paper-standing": "local",
                             "paper-projects": [str(ids[0])]}).content.decode()
    assert "บุคคลนี้ลงคะแนนในการลงคะแนนนี้แล้ว" in html and CastBallot.objects.count() == 1
    # Someone who voted online is refused at the forum too.
    voter = make_voter("somsri")
    record_identity(voter, valid_id("110170023070"), "officer")
    casting.cast_online(ballot, voter, casting.check(ballot, [ids[0]]), "local")
    client.post(url, {"action": "paper", "paper-national_id": valid_id("110170023070"), "paper-standing": "local",
                      "paper-projects": [str(ids[2])]})
    assert CastBallot.objects.count() == 2 and ForumBallot.objects.count() == 1
    # Counted together, with the split.
    counted = results.count(ballot)
    assert (counted["ballots"], counted["paper"]) == (2, 1)
    assert counted["projects"][str(ids[1])]["paper"] == 1 and counted["projects"][str(ids[0])]["votes"] == 1


def test_a_forum_before_voting_opened_takes_no_ballots(client, officer, voting_page, ballot, villages):  # noqa: F811
    forum = record_forum(client, voting_page, villages[0], voting_page.voting_start - datetime.timedelta(days=1))
    url = reverse("planning_forum", args=[forum.pk])
    assert "เวทีจัดก่อนเปิดลงคะแนน" in client.get(url).content.decode()
    client.post(url, {"action": "paper", "paper-national_id": valid_id("310060012345"), "paper-standing": "local",
                      "paper-projects": [str(project_ids(ballot)[0])]})
    assert not CastBallot.objects.exists()
