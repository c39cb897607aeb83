"""Officers set up ballots, make projects from ideas, enter paper ballots; only for their own LAO."""

import datetime

from django.core import mail
from django.urls import reverse

import pytest

from ballots.models import Ballot, BallotProject, CastBallot
from consultations.models import ConsultationPage
from ideas.models import Idea, IdeaState
from tests.conftest import staff_login

from .conftest import TODAY, project_ids, valid_id


@pytest.fixture
def officer(lao_a, make_member, client):
    user = make_member(lao_a, "officers", "officer-a")
    staff_login(client, user)
    return user


def make_idea(page, author, title, cost=None, village=None, state=IdeaState.PUBLISHED):
    return Idea.objects.create(authority=page.authority, consultation_key=page.translation_key, author=author,
                               title=title, description=f"รายละเอียด {title}", standing="local", state=state,
                               estimated_cost=cost, village=village)


@pytest.mark.django_db
def test_officer_sets_up_a_ballot(client, officer, lao_a, make_consultation, today):
    page = make_consultation(lao_a, "screening", slug="s")
    index = client.get(reverse("ballots_index")).content.decode()
    assert page.title in index and "ยังไม่ได้ตั้งค่า" in index
    response = client.post(reverse("ballots_ballot", args=[page.pk]), {
        "budget": "800000", "ballot_rule": "approve_k", "max_choices": "", "min_choices": "1",
        "result_rule": "equalshares/add1/greedy",
    })
    assert "ระบุจำนวนโครงการที่ผู้ลงคะแนนเลือกได้" in response.content.decode()
    assert not Ballot.objects.exists()
    client.post(reverse("ballots_ballot", args=[page.pk]), {
        "budget": "800000", "ballot_rule": "approve_k", "max_choices": "3", "min_choices": "1",
        "result_rule": "equalshares/add1/greedy",
    })
    ballot = Ballot.objects.get()
    assert (ballot.authority, ballot.consultation_key, ballot.max_choices) == (lao_a, page.translation_key, 3)


@pytest.mark.django_db
def test_merging_ideas_into_a_project_tells_their_authors(client, officer, lao_a, make_consultation, today,
                                                           django_user_model, villages,
                                                           django_capture_on_commit_callbacks):
    page = make_consultation(lao_a, "screening", slug="s")
    ballot = Ballot.objects.create(authority=lao_a, consultation_key=page.translation_key, budget=1_000_000)
    alice = django_user_model.objects.create(username="alice", email="alice@example.org")
    bob = django_user_model.objects.create(username="bob", email="bob@example.org")
    first = make_idea(page, alice, "ถนนหมู่ 1 เป็นหลุม", cost=200_000, village=villages[0])
    second = make_idea(page, bob, "ซ่อมถนนหน้าโรงเรียน", cost=150_000)
    hidden = make_idea(page, bob, "ยังไม่เผยแพร่", state=IdeaState.SUBMITTED)
    url = reverse("ballots_project_add", args=[page.pk])
    form = client.get(url, {"idea": [first.pk, second.pk, hidden.pk]}).content.decode()
    assert "ถนนหมู่ 1 เป็นหลุม" in form and "350000" in form  # prefilled: title, summed cost
    assert "ยังไม่เผยแพร่" not in form
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"title": "ซ่อมถนนหมู่ 1", "description": "รวมสองข้อเสนอ", "cost": "380000",
                          "village": villages[0].pk, "source_ideas": [first.pk, second.pk], "sort_order": "0"})
    project = BallotProject.objects.get()
    assert project.ballot == ballot and set(project.source_ideas.all()) == {first, second}
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@example.org", "bob@example.org"]
    assert "ซ่อมถนนหมู่ 1" in mail.outbox[0].body
    # An unpublished idea cannot be slipped in.
    response = client.post(url, {"title": "x", "description": "y", "cost": "1000", "source_ideas": [hidden.pk],
                                 "sort_order": "0"})
    assert response.status_code == 200 and BallotProject.objects.count() == 1
    # The idea's public page says where it went.
    html = client.get(page.url + page.reverse_subpage("idea", args=[first.pk]),
                      HTTP_HOST=lao_a.site.hostname).content.decode()
    assert "อยู่ในบัตรลงคะแนนเป็นโครงการ “ซ่อมถนนหมู่ 1” (380,000 บาท)" in html


@pytest.mark.django_db
def test_projects_lock_when_voting_opens(client, officer, lao_a, voting_page, ballot):
    project = ballot.projects.first()
    response = client.post(reverse("ballots_project", args=[voting_page.pk, project.pk]),
                           {"title": "changed", "description": "x", "cost": "1", "sort_order": "0"}, follow=True)
    assert "เปิดลงคะแนนแล้ว จึงเปลี่ยนโครงการในบัตรลงคะแนนไม่ได้อีก" in response.content.decode()
    project.refresh_from_db()
    assert project.title != "changed"


@pytest.mark.django_db
def test_another_laos_officer_sees_nothing(client, lao_a, lao_b, voting_page, ballot, make_member):
    staff_login(client, make_member(lao_b, "officers", "officer-b"))
    assert voting_page.title not in client.get(reverse("ballots_index")).content.decode()
    for name, args in [("ballots_ballot", [voting_page.pk]),
                       ("ballots_project_add", [voting_page.pk]),
                       ("ballots_project", [voting_page.pk, ballot.projects.first().pk]),
                       ("ballots_paper", [voting_page.pk])]:
        assert client.get(reverse(name, args=args)).status_code == 404
        assert client.post(reverse(name, args=args), {}).status_code == 404
    assert not CastBallot.objects.exists()


@pytest.mark.django_db
def test_editors_are_not_officers(client, lao_a, voting_page, make_member):
    staff_login(client, make_member(lao_a, "editors"))
    assert client.get(reverse("ballots_index")).status_code == 403


@pytest.mark.django_db
def test_paper_ballot_page_points_to_the_onsite_forums(client, officer, voting_page, ballot):
    """The planning app tells the ballot admin that a forum's paper ballots go on the forum's page
    (``ballots.paper_notes``): the ballots app itself knows nothing of forums."""
    html = client.get(reverse("ballots_paper", args=[voting_page.pk])).content.decode()
    assert f'<a href="{reverse("planning_forums")}">เวทีประชาคม</a>' in html


@pytest.mark.django_db
def test_paper_ballots(client, officer, lao_a, voting_page, ballot, make_voter):
    from portal.identity.identity_records import record_identity

    url = reverse("ballots_paper", args=[voting_page.pk])
    ids = project_ids(ballot)
    forum = {"forum_date": (TODAY - datetime.timedelta(days=1)).isoformat(), "forum_place": "ศาลาประชาคมหมู่ 2"}
    number = valid_id("310060012345")
    response = client.post(url, {**forum, "national_id": number, "standing": "local", "project": [],
                                 "projects": [str(ids[1]), str(ids[3])]}, follow=True)
    assert "นับบัตรกระดาษแล้ว" in response.content.decode()
    paper = CastBallot.objects.get()
    assert (paper.channel, paper.standing, paper.projects, paper.forum_place) == ("paper", "local", [ids[1], ids[3]],
                                                                                  "ศาลาประชาคมหมู่ 2")
    assert paper.forum_date == TODAY - datetime.timedelta(days=1) and paper.entered_by == officer
    assert number not in str(CastBallot.objects.values().get())  # only keyed hashes
    # The same person again, on paper: refused.
    html = client.post(url, {**forum, "national_id": number, "standing": "local",
                             "projects": [str(ids[0])]}).content.decode()
    assert "บุคคลนี้ลงคะแนนในการลงคะแนนนี้แล้ว" in html
    # A person who voted online, then turns up at the forum: refused too.
    voter = make_voter("somsri")
    online_id = valid_id("110170023070")
    record_identity(voter, online_id, "officer")
    from ballots import casting

    casting.cast_online(ballot, voter, casting.check(ballot, [ids[0]]), "local")
    html = client.post(url, {**forum, "national_id": online_id, "standing": "local",
                             "projects": [str(ids[2])]}).content.decode()
    assert "บุคคลนี้ลงคะแนนในการลงคะแนนนี้แล้ว" in html
    # And a paper ballot for someone with an account blocks their later online ballot.
    later = make_voter("somchai")
    later_id = valid_id("110170023071")
    record_identity(later, later_id, "officer")
    client.post(url, {**forum, "national_id": later_id, "standing": "local", "projects": [str(ids[2])]})
    with pytest.raises(casting.AlreadyVoted):
        casting.cast_online(ballot, later, casting.check(ballot, [ids[0]]), "local")
    assert CastBallot.objects.count() == 3


@pytest.mark.django_db
@pytest.mark.parametrize("change, message", [
    ({"national_id": "1234567890123"}, "เลขประจำตัวประชาชน"),
    ({"forum_date": ""}, "ต้องระบุข้อมูล"),
    ({"forum_date": (TODAY + datetime.timedelta(days=1)).isoformat()}, "วันที่จัดเวทีต้องไม่เป็นวันในอนาคต"),
    ({"forum_date": (TODAY - datetime.timedelta(days=30)).isoformat()}, "เวทีจัดก่อนเปิดลงคะแนน"),
    ({"projects": []}, "เลือกอย่างน้อย 1 โครงการ"),
    ({"projects": "over"}, "มากกว่างบประมาณ"),
])
def test_bad_paper_ballots_are_refused(client, officer, voting_page, ballot, change, message):
    ids = project_ids(ballot)
    data = {"forum_date": TODAY.isoformat(), "forum_place": "วัด", "national_id": valid_id("310060012345"),
            "standing": "outsider", "projects": [str(ids[0])], **change}
    if data["projects"] == "over":
        data["projects"] = [str(i) for i in ids[:3]]
    html = client.post(reverse("ballots_paper", args=[voting_page.pk]), data).content.decode()
    assert message in html
    assert not CastBallot.objects.exists()


@pytest.mark.django_db
def test_rules_lock_once_ballots_are_cast(client, officer, voting_page, ballot, make_voter):
    from ballots import casting

    casting.cast_online(ballot, make_voter("somsri"), casting.check(ballot, [project_ids(ballot)[0]]), "local")
    html = client.post(reverse("ballots_ballot", args=[voting_page.pk]), {
        "budget": "5", "ballot_rule": "knapsack", "min_choices": "1", "result_rule": "greedy"}, follow=True
    ).content.decode()
    assert "มีผู้ลงคะแนนแล้ว" in html
    ballot.refresh_from_db()
    assert ballot.budget == 1_000_000 and ConsultationPage.objects.filter(pk=voting_page.pk).exists()
