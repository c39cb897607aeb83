"""The timeline's state on each day, its ordering rules, and the plan and budget calendar."""

import datetime

from django.utils import translation

import pytest

from consultations.timeline import (
    State,
    Timeline,
    budget_submission_deadline,
    calendar_warnings,
    default_fiscal_year,
    fiscal_year_bounds,
)

D = datetime.date
FULL = Timeline(
    ideas_start=D(2027, 1, 1), ideas_end=D(2027, 1, 31), screening_end=D(2027, 2, 28),
    voting_start=D(2027, 3, 1), voting_end=D(2027, 3, 15), results_date=D(2027, 3, 20),
    implementation_start=D(2027, 10, 1), implementation_end=D(2028, 9, 30),
)


@pytest.mark.parametrize("day, state", [
    (D(2026, 12, 31), State.UPCOMING),
    (D(2027, 1, 1), State.IDEAS),
    (D(2027, 1, 31), State.IDEAS),  # ends are inclusive
    (D(2027, 2, 1), State.SCREENING),
    (D(2027, 2, 28), State.SCREENING),
    (D(2027, 3, 1), State.VOTING),
    (D(2027, 3, 15), State.VOTING),
    (D(2027, 3, 16), State.CLOSED),
    (D(2027, 9, 30), State.CLOSED),
    (D(2027, 10, 1), State.IMPLEMENTING),
    (D(2028, 9, 30), State.IMPLEMENTING),
    (D(2028, 10, 1), State.CLOSED),
])
def test_state_follows_the_dates(day, state):
    assert FULL.state_on(day) == state


def test_without_a_vote_screening_then_closed():
    t = Timeline(ideas_start=D(2027, 1, 1), ideas_end=D(2027, 1, 31), screening_end=D(2027, 2, 10))
    assert t.state_on(D(2027, 2, 5)) == State.SCREENING
    assert t.state_on(D(2027, 2, 11)) == State.CLOSED
    bare = Timeline(ideas_start=D(2027, 1, 1), ideas_end=D(2027, 1, 31))
    assert bare.state_on(D(2027, 2, 1)) == State.CLOSED


def test_gap_between_ideas_and_voting_is_screening():
    t = Timeline(ideas_start=D(2027, 1, 1), ideas_end=D(2027, 1, 31),
                 voting_start=D(2027, 2, 10), voting_end=D(2027, 2, 20))
    assert t.state_on(D(2027, 2, 5)) == State.SCREENING


def test_a_well_ordered_timeline_has_no_errors():
    assert FULL.errors() == {}


@pytest.mark.parametrize("changes, field", [
    ({"ideas_end": D(2026, 12, 31)}, "ideas_end"),
    ({"screening_end": D(2027, 1, 31)}, "screening_end"),
    ({"voting_start": D(2027, 1, 20)}, "voting_start"),  # votes while ideas are still collected
    ({"voting_start": D(2027, 2, 28)}, "voting_start"),  # votes on the last day of screening
    ({"voting_end": D(2027, 2, 28)}, "voting_end"),
    ({"voting_end": None}, "voting_end"),
    ({"voting_start": None}, "voting_start"),
    ({"results_date": D(2027, 3, 14)}, "results_date"),
    ({"implementation_start": D(2027, 3, 19)}, "implementation_start"),
    ({"implementation_end": D(2027, 9, 30)}, "implementation_end"),
    ({"implementation_start": None}, "implementation_start"),
])
def test_out_of_order_phases_are_errors(changes, field):
    t = Timeline(**{**FULL.__dict__, **changes})
    errors = t.errors()
    assert field in errors, errors


def test_error_messages_are_thai():
    t = Timeline(**{**FULL.__dict__, "voting_start": D(2027, 1, 20)})
    with translation.override("th"):
        assert t.errors()["voting_start"] == "การลงคะแนนต้องเริ่มหลังวันปิดรับข้อเสนอ"


def test_fiscal_year_calendar_in_buddhist_era():
    # Fiscal year 2570 runs 1 Oct 2026 – 30 Sep 2027; its budget goes to council by 15 Aug 2026.
    assert fiscal_year_bounds(2570) == (D(2026, 10, 1), D(2027, 9, 30))
    assert budget_submission_deadline(2570) == D(2026, 8, 15)
    assert budget_submission_deadline(2571) == D(2027, 8, 15)


def _voting_until(day):
    return Timeline(ideas_start=D(2027, 1, 1), ideas_end=D(2027, 1, 31),
                    voting_start=D(2027, 3, 1), voting_end=day)


@pytest.mark.parametrize("closes, warned", [
    (D(2027, 8, 14), False),
    (D(2027, 8, 15), False),  # on the day is still in time
    (D(2027, 8, 16), True),
    (D(2027, 9, 30), True),
])
def test_fifteen_august_rule_around_the_boundary(closes, warned):
    warnings = calendar_warnings(_voting_until(closes), 2571, today=D(2026, 11, 26))
    assert bool(warnings) == warned


def test_fifteen_august_rule_uses_idea_collection_without_a_vote():
    t = Timeline(ideas_start=D(2027, 8, 1), ideas_end=D(2027, 8, 20))
    with translation.override("th"):
        [warning] = calendar_warnings(t, 2571, today=D(2026, 11, 26))
    assert "รับข้อเสนอ" in warning and "15 สิงหาคม 2570" in warning and "20 สิงหาคม 2570" in warning


def test_warning_names_the_dates_in_buddhist_era():
    with translation.override("th"):
        [warning] = calendar_warnings(_voting_until(D(2027, 8, 20)), 2571, today=D(2026, 11, 26))
    assert "15 สิงหาคม 2570" in warning and "20 สิงหาคม 2570" in warning and "2572" in warning
    with translation.override("en"):
        [warning] = calendar_warnings(_voting_until(D(2027, 8, 20)), 2571, today=D(2026, 11, 26))
    assert "15 August 2027" in warning


def test_past_and_current_fiscal_years_are_warned():
    early = Timeline(ideas_start=D(2025, 1, 1), ideas_end=D(2025, 1, 31))
    with translation.override("en"):
        past = calendar_warnings(early, 2568, today=D(2026, 11, 26))  # ended 30 Sep 2025
    assert "Fiscal year 2568 ended on 30 September 2025" in past[0]
    current = calendar_warnings(early, 2570, today=D(2026, 11, 26))  # began 1 Oct 2026
    assert any("2570" in w for w in current)
    assert calendar_warnings(_voting_until(D(2027, 3, 15)), 2571, today=D(2026, 11, 26)) == []


def test_default_fiscal_year_is_the_next_open_budget():
    assert default_fiscal_year(D(2026, 11, 26)) == 2571
    assert default_fiscal_year(D(2027, 8, 15)) == 2571
    assert default_fiscal_year(D(2027, 8, 16)) == 2572
