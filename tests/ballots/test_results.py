"""Results: counted when due, shown with the local/outsider split and a reason per project, reproducible."""

import datetime

from django.core.management import call_command

import pytest

import pb
from ballots import casting, keys
from ballots.models import Ballot, BallotProject, CastBallot, ResultStatus
from tests.conftest import host_of

from .conftest import BALLOT_BLOCKS, TODAY


@pytest.fixture
def closed_page(lao_a, make_consultation, today):
    return make_consultation(lao_a, "closed", slug="closed", body=BALLOT_BLOCKS)


@pytest.fixture
def closed_ballot(closed_page, lao_a, villages):
    """Six locals choose the road (A) and the sports ground (D); five outsiders the canal (B) and the lights (C)."""
    ballot = Ballot.objects.create(authority=lao_a, consultation_key=closed_page.translation_key, budget=1_000_000)
    projects = [
        BallotProject.objects.create(ballot=ballot, title=title, description="-", cost=cost, village=village,
                                     sort_order=i)
        for i, (title, cost, village) in enumerate([
            ("ซ่อมถนนสายบ้านอ่าวนาง", 600_000, villages[0]), ("ขุดลอกคลองแห้ง", 300_000, villages[1]),
            ("ไฟฟ้าส่องสว่างทางเข้าหมู่บ้าน", 250_000, villages[2]), ("ลานกีฬาผู้สูงอายุ", 100_000, None),
        ])
    ]
    a, b, c, d = (p.pk for p in projects)
    for i in range(6):
        CastBallot.objects.create(ballot=ballot, projects=[a, d], standing="local", voter_key=f"local-{i}")
    for i in range(4):
        CastBallot.objects.create(ballot=ballot, projects=[b, c], standing="outsider", voter_key=f"out-{i}")
    CastBallot.objects.create(ballot=ballot, projects=[b, c], standing="outsider", channel="paper",
                              id_key="paper-1", forum_date=TODAY - datetime.timedelta(days=30), forum_place="วัด")
    return ballot


def page_html(client, page, lao):
    return client.get(page.url, HTTP_HOST=host_of(lao)).content.decode()


@pytest.mark.django_db
def test_results_are_counted_and_shown_with_the_split(client, lao_a, closed_page, closed_ballot):
    html = page_html(client, closed_page, lao_a)
    closed_ballot.refresh_from_db()
    result = closed_ballot.result
    assert closed_ballot.result_status == ResultStatus.DONE
    names = {p.pk: p.title for p in closed_ballot.projects.all()}
    funded = {names[int(pid)] for pid in result["selected"]}
    # Equal shares: the five outsiders' shares buy the lights and then the canal (add1), the locals' the
    # sports ground; the road (600,000) is more than the locals' shares can pay.
    assert funded == {"ลานกีฬาผู้สูงอายุ", "ไฟฟ้าส่องสว่างทางเข้าหมู่บ้าน", "ขุดลอกคลองแห้ง"}
    assert {names[int(pid)] for pid in result["locals_selected"]} == {"ซ่อมถนนสายบ้านอ่าวนาง", "ลานกีฬาผู้สูงอายุ"}
    assert result["by_standing"] == {"local": 6, "outsider": 5, "unverified": 0} and result["paper"] == 1
    assert "นับบัตรแล้ว 11 ใบ" in html and "จากผู้มีภูมิลำเนาในพื้นที่ 6 ใบ จากนอกพื้นที่ 5 ใบ" in html
    assert "จัดสรรแล้ว 650,000 บาท จากงบประมาณ 1,000,000 บาท" in html
    assert "หากนับเฉพาะบัตรของผู้มีภูมิลำเนาในพื้นที่ ผลจะต่างออกไป" in html
    assert html.count("ได้รับงบประมาณ") >= 3
    # A plain Thai reason for every project, funded or not.
    for row in result["projects"].values():
        assert row["reason"]["code"]
    assert ("ไม่ได้รับงบประมาณ: ผู้เลือกร่วมจ่ายจากส่วนแบ่งไม่พอ และค่าใช้จ่าย 600,000 บาท "
            "มากกว่างบที่เหลือ 350,000 บาท") in html
    assert "ดาวน์โหลดบัตรลงคะแนนแบบไม่ระบุตัวตน" in html


@pytest.mark.django_db
def test_greedy_result_and_reasons(client, lao_a, closed_page, closed_ballot):
    closed_ballot.result_rule = "greedy"
    closed_ballot.save()
    page_html(client, closed_page, lao_a)
    closed_ballot.refresh_from_db()
    names = {p.pk: p.title for p in closed_ballot.projects.all()}
    selected = [names[int(pid)] for pid in closed_ballot.result["selected"]]
    # Six votes each for D and A (the cheaper first), then C (five votes, cheaper than B) fits in the
    # 300,000 left; B no longer does.
    assert selected == ["ลานกีฬาผู้สูงอายุ", "ซ่อมถนนสายบ้านอ่าวนาง", "ไฟฟ้าส่องสว่างทางเข้าหมู่บ้าน"]
    html = page_html(client, closed_page, lao_a)
    assert "เมื่อถึงลำดับของโครงการนี้ (เรียงตามคะแนน) เหลืองบเพียง 50,000 บาท น้อยกว่าค่าใช้จ่าย 300,000 บาท" in html


@pytest.mark.django_db
def test_the_pb_file_reproduces_the_result_and_names_nobody(client, lao_a, closed_page, closed_ballot):
    page_html(client, closed_page, lao_a)
    closed_ballot.refresh_from_db()
    url = closed_page.url + closed_page.reverse_subpage("ballot_file")
    response = client.get(url, HTTP_HOST=host_of(lao_a))
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    instance = pb.parse(text, source="download.pb")
    assert len(instance.votes) == 11 and instance.meta["rule"] == "equalshares/add1/greedy"
    assert instance.meta["budget"] == "1000000" and instance.vote_type == "approval"
    assert pb.compute(instance) == closed_ballot.result["selected"]
    assert instance.selected_ids() == set(closed_ballot.result["selected"])
    assert {v.fields["voter_standing"] for v in instance.votes} == {"local", "outsider"}
    assert sum(v.fields["voting_method"] == "paper" for v in instance.votes) == 1
    for voter_key, id_key in CastBallot.objects.values_list("voter_key", "id_key"):
        assert (voter_key or "-") not in text and (id_key or "-") not in text
    assert pb.dumps(pb.parse(text)) == text  # round trip
    # The command anyone can run prints the same projects.
    from io import StringIO

    out = StringIO()
    path = closed_page.slug + ".pb"
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        file = pathlib.Path(folder) / path
        file.write_text(text, encoding="utf-8")
        call_command("pb_result", str(file), stdout=out)
    assert out.getvalue().split() == closed_ballot.result["selected"]


@pytest.mark.django_db
def test_nothing_is_published_before_the_results_date(client, lao_a, voting_page, ballot, make_voter):
    casting.cast_online(ballot, make_voter("somsri"), casting.check(ballot, [ballot.projects.first().pk]), "local")
    html = page_html(client, voting_page, lao_a)
    assert "จะประกาศผลวันที่" in html
    url = voting_page.url + voting_page.reverse_subpage("ballot_file")
    assert client.get(url, HTTP_HOST=host_of(lao_a)).status_code == 404
    ballot.refresh_from_db()
    assert ballot.result_status == ResultStatus.NONE and ballot.result is None


@pytest.mark.django_db
def test_large_ballots_are_counted_in_the_background(client, lao_a, closed_page, closed_ballot, settings,
                                                     django_capture_on_commit_callbacks):
    settings.PORTAL_BALLOT_COUNT_INLINE = 5
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        html = page_html(client, closed_page, lao_a)
    assert "กำลังนับคะแนน" in html
    closed_ballot.refresh_from_db()
    assert closed_ballot.result_status == ResultStatus.COUNTING
    for callback in callbacks:  # the task queue runs the count
        callback()
    closed_ballot.refresh_from_db()
    assert closed_ballot.result_status == ResultStatus.DONE
    assert "นับบัตรแล้ว 11 ใบ" in page_html(client, closed_page, lao_a)


@pytest.mark.django_db
def test_count_ballots_command_counts_only_what_is_due(lao_a, closed_page, closed_ballot, voting_page, ballot):
    from io import StringIO

    out = StringIO()
    call_command("count_ballots", stdout=out)
    closed_ballot.refresh_from_db()
    ballot.refresh_from_db()
    assert closed_ballot.result_status == ResultStatus.DONE and ballot.result_status == ResultStatus.NONE
    assert "1 counted, 0 failed" in out.getvalue()


@pytest.mark.django_db
def test_results_of_one_lao_are_not_served_on_another(client, lao_a, lao_b, closed_page, closed_ballot):
    url = closed_page.url + closed_page.reverse_subpage("ballot_file")
    assert client.get(url, HTTP_HOST=host_of(lao_b)).status_code == 404


@pytest.mark.django_db
def test_keys_differ_per_ballot(closed_ballot, ballot, citizen):
    assert keys.voter_key(closed_ballot, citizen) != keys.voter_key(ballot, citizen)
