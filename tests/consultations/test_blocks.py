"""Every participation block renders its state for the consultation's phase and the visitor."""

import re

from django.template.loader import render_to_string
from django.utils import translation

import pytest

from consultations.blocks import PARTICIPATION_BLOCKS
from participation.eligibility import Action, Audience
from participation.state import TOOK_PART_CHECKS
from portal.identity.models import StandingKind
from portal.pages.blocks import BODY_BLOCKS
from tests.conftest import host_of

from .conftest import TIMELINES


def section(html, kind):
    match = re.search(rf'<section class="participation participation--{kind}".*?</section>', html, re.S)
    assert match, f"no {kind} block rendered"
    return re.sub(r"\s+", " ", match.group(0))


@pytest.mark.parametrize("name, block", PARTICIPATION_BLOCKS, ids=[n for n, _ in PARTICIPATION_BLOCKS])
def test_every_block_renders_its_preview_value(name, block):
    meta = block.meta
    assert meta.template and meta.description and meta.preview_value
    with translation.override("th"):
        html = block.render(block.to_python(meta.preview_value))
    assert f"participation--{name.replace('_', '-')}" in html


def test_participation_blocks_only_in_consultations():
    names = {name for name, _ in PARTICIPATION_BLOCKS}
    assert not names & {name for name, _ in BODY_BLOCKS}  # standard and home pages use BODY_BLOCKS
    from home.models import HomePage
    from portal.pages.models import StandardPage

    for model in (HomePage, StandardPage):
        assert not names & set(model.body.field.stream_block.child_blocks)


@pytest.fixture
def visit(client, lao_a, today):
    def get(page, user=None):
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.get(page.url, HTTP_HOST=host_of(lao_a))
        assert response.status_code == 200
        return response.content.decode()

    return get


# (state, block, expected Thai text) for a visitor who is signed out.
PHASES = [
    ("upcoming", "idea-form", "เปิดวันที่"),
    ("ideas", "idea-form", "ลงชื่อเข้าใช้เพื่อเสนอความคิดเห็น"),
    ("screening", "idea-form", "ปิดเมื่อวันที่"),
    ("upcoming", "idea-list", "เปิดวันที่"),
    ("ideas", "idea-list", "ลงชื่อเข้าใช้เพื่อสนับสนุนข้อเสนอ"),
    ("voting", "idea-list", "ปิดรับข้อเสนอแล้ว"),
    ("ideas", "ballot", "เปิดวันที่"),
    ("screening", "ballot", "เปิดวันที่"),
    ("voting", "ballot", "ลงชื่อเข้าใช้เพื่อลงคะแนน"),
    ("closed", "ballot", "ปิดเมื่อวันที่"),
    ("implementing", "ballot", "ปิดเมื่อวันที่"),
    ("voting", "results", "จะประกาศผลวันที่"),
    ("closed", "results", "การรับฟังความคิดเห็นนี้ไม่มีการลงคะแนน"),
    ("upcoming", "comments", "เปิดวันที่"),
    ("screening", "comments", "ลงชื่อเข้าใช้เพื่อแสดงความคิดเห็น"),
    ("closed", "comments", "ปิดเมื่อวันที่"),
    ("upcoming", "poll", "เปิดวันที่"),
    ("voting", "poll", "ลงชื่อเข้าใช้เพื่อตอบ"),
    ("closed", "poll", "ผู้ตอบ 0 คน"),  # once closed, a poll shows its results to everyone
]


@pytest.mark.django_db
@pytest.mark.parametrize("state, kind, text", PHASES)
def test_block_state_for_each_phase(state, kind, text, lao_a, make_consultation, visit):
    page = make_consultation(lao_a, state)
    html = visit(page)
    assert text in section(html, kind)


@pytest.mark.django_db
def test_page_shows_its_state_and_timeline_in_thai(lao_a, make_consultation, visit):
    html = visit(make_consultation(lao_a, "voting"))
    assert "state--voting" in html and "กำหนดการ" in html and "1,250,000 บาท" in html
    assert 'aria-current="step"' in html and "ปีงบประมาณ" in html and "2571" in html


@pytest.fixture
def consultation_for_visitors(lao_a, make_consultation):
    return make_consultation(
        lao_a, "ideas", audience_submit=Audience.LOCALS, audience_support=Audience.LOCALS_AND_OUTSIDERS,
        audience_comment=Audience.SIGNED_IN,
    )


@pytest.mark.django_db
def test_signed_in_but_not_eligible(consultation_for_visitors, citizen, visit):
    html = visit(consultation_for_visitors, citizen)
    assert "ยืนยันที่อยู่ของคุณเพื่อเสนอความคิดเห็น" in section(html, "idea-form")
    assert "ยืนยันตัวตนของคุณ" in section(html, "idea-list")
    # Commenting is open to anyone signed in.
    assert "ผู้ตรวจสอบจะอ่านความคิดเห็น" in section(html, "comments")


@pytest.mark.django_db
def test_outsider_may_support_but_not_submit(consultation_for_visitors, citizen, make_standing, lao_a, visit):
    make_standing(citizen, lao_a, StandingKind.OUTSIDER)
    html = visit(consultation_for_visitors, citizen)
    assert "ยืนยันที่อยู่ของคุณเพื่อเสนอความคิดเห็น" in section(html, "idea-form")
    assert "คุณสนับสนุนข้อเสนอที่เห็นด้วยได้" in section(html, "idea-list")


@pytest.mark.django_db
def test_eligible_local(consultation_for_visitors, citizen, make_standing, lao_a, visit):
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    html = visit(consultation_for_visitors, citizen)
    form = section(html, "idea-form")
    assert "รับข้อเสนอถึงวันที่" in form and "ยืนยัน" not in form
    assert '<form method="post"' in section(html, "poll")


@pytest.mark.django_db
def test_already_took_part(lao_a, make_consultation, citizen, make_standing, visit, monkeypatch):
    # Ideas and ballots (later parts of the engine) register how to tell who took part.
    monkeypatch.setitem(TOOK_PART_CHECKS, Action.SUBMIT, lambda participation: True)
    monkeypatch.setitem(TOOK_PART_CHECKS, Action.VOTE, lambda participation: True)
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    ideas = visit(make_consultation(lao_a, "ideas"), citizen)
    assert "เราได้รับข้อเสนอของคุณแล้ว" in section(ideas, "idea-form")
    voting = visit(make_consultation(lao_a, "voting"), citizen)
    assert "คุณลงคะแนนแล้ว" in section(voting, "ballot")
    closed = visit(make_consultation(lao_a, "closed"), citizen)
    assert "บัตรของคุณได้รับการนับแล้ว" in section(closed, "results")


@pytest.mark.django_db
def test_not_eligible_to_vote_is_told_why(lao_a, make_consultation, citizen, visit):
    html = visit(make_consultation(lao_a, "voting", audience_vote=Audience.LOCALS), citizen)
    assert "เฉพาะผู้มีภูมิลำเนาในพื้นที่เท่านั้นที่ลงคะแนนได้" in section(html, "ballot")


def test_blocks_render_in_english_too():
    from consultations.blocks import IdeaFormBlock

    block = IdeaFormBlock()
    with translation.override("en"):
        html = render_to_string("participation/blocks/_window.html", {"block_state": None})
        assert html.strip() == ""
        assert "participation--idea-form" in block.render(block.to_python(block.meta.preview_value))


def test_all_timelines_cover_every_state():
    from consultations.timeline import State, Timeline

    from .conftest import TODAY

    assert {Timeline(**t).state_on(TODAY) for t in TIMELINES.values()} == set(State.values)
