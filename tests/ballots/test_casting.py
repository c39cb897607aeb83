"""Casting: a confirmation step, one final ballot per person, rules enforced, nothing half-stored."""

import datetime
from concurrent.futures import ThreadPoolExecutor

from django.db import connection
from django.test import Client

import pytest

from ballots import keys
from ballots.models import BallotRule, CastBallot
from portal.identity.models import StandingKind
from tests.conftest import host_of

from .conftest import project_ids


def cast_url(page):
    return page.url + page.reverse_subpage("cast_ballot")


@pytest.fixture
def post(client, lao_a, voting_page):
    def send(data, user=None, follow=True):
        if user is not None:
            client.force_login(user)
        return client.post(cast_url(voting_page), data, HTTP_HOST=host_of(lao_a), follow=follow)

    return send


@pytest.mark.django_db
def test_ballot_block_lists_projects_with_cost_and_village(client, lao_a, voting_page, ballot, make_voter):
    client.force_login(make_voter("somsri"))
    html = client.get(voting_page.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "ซ่อมถนนสายบ้านอ่าวนาง" in html and "600,000 บาท" in html and "บ้านอ่าวนาง" in html
    assert 'name="project"' in html and "ballot.js" in html
    assert "ตรวจสอบตัวเลือกของฉัน" in html  # the button leads to a confirmation step


@pytest.mark.django_db
def test_confirmation_then_cast(lao_a, voting_page, ballot, make_voter, post):
    voter = make_voter("somsri")
    ids = project_ids(ballot)
    html = post({"project": [ids[1], ids[2]]}, voter).content.decode()
    assert "ยืนยันบัตรลงคะแนน" in html and "550,000 บาท" in html  # total shown before casting
    assert not CastBallot.objects.exists()
    html = post({"project": [ids[1], ids[2]], "confirm": "yes"}).content.decode()
    assert "บัตรลงคะแนนของคุณถูกนับแล้ว" in html
    cast = CastBallot.objects.get()
    assert cast.projects == [ids[1], ids[2]]
    assert (cast.standing, cast.channel) == ("local", "online")
    assert cast.voter_key == keys.voter_key(ballot, voter) and cast.id_key == ""
    # The ballot stores no account, name or time of day: nothing that names the voter.
    field_names = {f.name for f in CastBallot._meta.get_fields()}
    assert not field_names & {"user", "voter", "author", "created_at"}
    assert "คุณลงคะแนนแล้ว" in html


@pytest.mark.django_db
def test_outsider_standing_is_recorded(voting_page, ballot, make_voter, post):
    post({"project": [project_ids(ballot)[0]], "confirm": "yes"}, make_voter("john", kind=StandingKind.OUTSIDER))
    assert CastBallot.objects.get().standing == "outsider"


@pytest.mark.django_db
@pytest.mark.parametrize("choice, message", [
    ("over", "มากกว่างบประมาณ 1,000,000 บาท"),
    ("none", "เลือกอย่างน้อย 1 โครงการ"),
    ("unknown", "โครงการที่คุณเลือกไม่อยู่ในบัตรลงคะแนนนี้"),
    ("junk", "โครงการที่คุณเลือกไม่อยู่ในบัตรลงคะแนนนี้"),
])
def test_bad_ballots_are_refused_with_a_message_and_nothing_stored(ballot, make_voter, post, choice, message):
    ids = project_ids(ballot)
    data = {"over": [ids[0], ids[1], ids[2]], "none": [], "unknown": [ids[0], 999999], "junk": ["1; DROP"]}[choice]
    html = post({"project": data, "confirm": "yes"}, make_voter("somsri")).content.decode()
    assert message in html
    assert not CastBallot.objects.exists()


@pytest.mark.django_db
def test_over_budget_choice_comes_back_checked(ballot, make_voter, post):
    ids = project_ids(ballot)
    response = post({"project": [ids[0], ids[1], ids[2]]}, make_voter("somsri"), follow=False)
    assert response.status_code == 302 and f"project={ids[0]}" in response.url


@pytest.mark.django_db
def test_approve_up_to_k(ballot, make_voter, post):
    ballot.ballot_rule, ballot.max_choices, ballot.min_choices = BallotRule.APPROVE_K, 2, 1
    ballot.save()
    ids = project_ids(ballot)
    html = post({"project": ids[1:], "confirm": "yes"}, make_voter("somsri")).content.decode()
    assert "เลือกได้ไม่เกิน 2 โครงการ" in html and not CastBallot.objects.exists()
    # Approval ballots are not limited by cost: two projects over the budget are fine.
    ballot.budget = 500_000
    ballot.save()
    post({"project": ids[:2], "confirm": "yes"})
    assert CastBallot.objects.get().projects == ids[:2]


@pytest.mark.django_db
def test_second_ballot_is_refused_and_the_first_kept(ballot, make_voter, post):
    ids = project_ids(ballot)
    voter = make_voter("somsri")
    post({"project": [ids[0]], "confirm": "yes"}, voter)
    html = post({"project": [ids[1]], "confirm": "yes"}).content.decode()
    assert "คุณลงคะแนนแล้ว" in html
    assert [c.projects for c in CastBallot.objects.all()] == [[ids[0]]]


@pytest.mark.django_db
def test_not_eligible_and_signed_out_cannot_vote(ballot, citizen, post, client, lao_a, voting_page):
    ids = project_ids(ballot)
    html = post({"project": [ids[0]], "confirm": "yes"}, citizen).content.decode()  # no standing
    assert "ยืนยันตัวตน" in html
    client.logout()
    response = post({"project": [ids[0]], "confirm": "yes"}, follow=False)
    assert response.status_code == 302
    assert not CastBallot.objects.exists()


@pytest.mark.django_db
def test_voting_closed_refuses(ballot, make_voter, post, voting_page, today):
    from consultations.models import ConsultationPage

    ConsultationPage.objects.filter(pk=voting_page.pk).update(voting_end=today - datetime.timedelta(days=1))
    html = post({"project": [project_ids(ballot)[0]], "confirm": "yes"}, make_voter("somsri")).content.decode()
    assert "ไม่ได้เปิดลงคะแนนในขณะนี้" in html
    assert not CastBallot.objects.exists()


@pytest.mark.django_db
def test_national_id_counts_once_across_accounts_and_paper(ballot, make_voter, post):
    """An account's verified national ID is keyed on the ballot, so a paper ballot for it is refused."""
    from ballots import casting
    from portal.identity.identity_records import record_identity
    from portal.identity.national_id import id_hash

    from .conftest import valid_id

    voter = make_voter("somsri")
    number = valid_id("110170023070")
    record_identity(voter, number, "officer")
    post({"project": [project_ids(ballot)[0]], "confirm": "yes"}, voter)
    assert CastBallot.objects.get().id_key == keys.id_key(ballot, id_hash(number))
    choice = casting.check(ballot, [project_ids(ballot)[1]])
    with pytest.raises(casting.AlreadyVoted):
        casting.cast_paper(ballot, choice, national_id_hash=id_hash(number), standing="local",
                           forum_date=datetime.date(2026, 11, 25), forum_place="ศาลาหมู่ 1",
                           entered_by=None)
    assert CastBallot.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_200_concurrent_requests_from_100_people_leave_100_ballots(lao_a, voting_page, ballot, make_voter):
    """Every person sends two cast requests at once; 40 requests are in flight at any time."""
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is checked on PostgreSQL")
    voters = [make_voter(f"voter{i:03d}") for i in range(100)]
    ids = project_ids(ballot)
    url = cast_url(voting_page)
    host = host_of(lao_a)
    statuses = []

    def cast(job):
        voter, choice = job
        client = Client()
        client.force_login(voter)
        try:
            statuses.append(client.post(url, {"project": choice, "confirm": "yes"}, HTTP_HOST=host).status_code)
        finally:
            connection.close()

    jobs = []
    for i, voter in enumerate(voters):
        jobs.append((voter, [ids[i % 4]]))
        jobs.append((voter, [ids[(i + 1) % 4], ids[3]] if (i + 1) % 4 != 3 else [ids[3]]))
    with ThreadPoolExecutor(max_workers=40) as pool:
        list(pool.map(cast, jobs))
    assert len(statuses) == 200 and set(statuses) == {302}
    assert CastBallot.objects.filter(ballot=ballot).count() == 100
    assert CastBallot.objects.values("voter_key").distinct().count() == 100


@pytest.mark.django_db
def test_english_page_shares_the_thai_ballot(lao_a, voting_page, ballot, make_voter, client,
                                             django_capture_on_commit_callbacks):
    from portal.tenancy.provisioning import locales, translate_page

    _, en = locales()
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(voting_page, en, {})
    english = voting_page.get_translation(en).specific
    voter = make_voter("somsri")
    client.force_login(voter)
    html = client.get(english.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "Budget to share: 1,000,000 baht" in html and "ซ่อมถนนสายบ้านอ่าวนาง" in html
    ids = project_ids(ballot)
    client.post(cast_url(english), {"project": [ids[0]], "confirm": "yes"}, HTTP_HOST=host_of(lao_a))
    assert CastBallot.objects.get().ballot == ballot
    thai = client.get(voting_page.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "คุณลงคะแนนแล้ว" in thai


@pytest.mark.django_db
def test_ballot_of_one_lao_cannot_be_cast_on_another_laos_site(lao_b, voting_page, ballot, make_voter, client):
    client.force_login(make_voter("somsri"))
    response = client.post(cast_url(voting_page), {"project": [project_ids(ballot)[0]], "confirm": "yes"},
                           HTTP_HOST=host_of(lao_b))
    assert response.status_code == 404 and not CastBallot.objects.exists()
