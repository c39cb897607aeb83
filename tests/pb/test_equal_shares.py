"""The fast Method of Equal Shares against the plain reference, and add1's skipping."""

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pb import compute, read
from pb import equal_shares as mes

from . import reference
from .helpers import PABULIB_DIR, approval_files, make
from .strategies import approval_elections

APPROVAL_FILES = approval_files()
# The reference looks at every supporter in every round: keep it to the smaller files.
SMALL_FILES = approval_files(max_size=60_000)

# Deterministic examples (CI reruns the same ones) and no example database on disk.
EXAMPLES = settings(
    max_examples=300, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@EXAMPLES
@given(approval_elections(zero_costs=True), st.sampled_from([Fraction(1), Fraction(3, 7), Fraction(5, 2)]))
def test_fast_run_matches_the_reference(inst, factor):
    total = inst.budget * factor
    approvals = mes.Approvals.of(inst)
    expected = reference.mes_fixed_budget(inst, total)
    assert mes.run(approvals, total).selected == expected
    # Tracking stability changes nothing about the run itself.
    assert mes.run(approvals, total, Fraction(1)).selected == expected


@EXAMPLES
@given(approval_elections())
def test_add1_matches_the_reference_with_and_without_skipping(inst):
    approvals = mes.Approvals.of(inst)
    skipping = mes.add1(approvals, inst.budget)
    stepping = mes.add1(approvals, inst.budget, skip=False)
    assert skipping.selected == stepping.selected == reference.mes_add1(inst)
    assert skipping.total == stepping.total
    assert skipping.steps == stepping.steps
    assert skipping.runs <= stepping.runs


@settings(EXAMPLES, max_examples=150)
@given(approval_elections(), st.integers(0, 12))
def test_a_run_is_unchanged_as_far_as_it_says(inst, extra):
    """``stable_for``: every share up to that much higher gives the same run."""
    approvals = mes.Approvals.of(inst)
    share = inst.budget / approvals.n
    first = mes.run(approvals, inst.budget, Fraction(1, 1000))
    if not first.stable_known:
        return
    reach = first.stable_for
    probes = [Fraction(extra, 4)]
    if reach is not None:
        probes += [reach / 2, reach if first.stable_inclusive else reach * Fraction(999, 1000)]
    for more in probes:
        if reach is None or more < reach or (more == reach and first.stable_inclusive):
            assert mes.run(approvals, (share + more) * approvals.n).selected == first.selected


@pytest.mark.parametrize("path", SMALL_FILES, ids=lambda p: p.name)
def test_fast_run_matches_the_reference_on_real_files(path):
    inst = read(path)
    assert mes.run(mes.Approvals.of(inst), inst.budget).selected == reference.mes_fixed_budget(inst, inst.budget)


# add1 on these takes 10 s to several minutes (hundreds of runs on 2,600-9,400 voters
# approving 11 projects each; few raised shares can be skipped): see docs/results.md.
SLOW_ADD1 = {
    "Poland_Warszawa_2022_Ursus.pb",
    "Poland_Warszawa_2024_Mokotow.pb",
    "Poland_Warszawa_2024_Praga-Polnoc.pb",
    "Poland_Warszawa_2024_Rembertow.pb",
    "Poland_Warszawa_2024_Zoliborz.pb",
}
ADD1_FILES = [p for p in APPROVAL_FILES if p.name not in SLOW_ADD1]


@pytest.mark.parametrize("path", ADD1_FILES, ids=lambda p: p.name)
def test_add1_skipping_changes_nothing_on_real_files(path):
    inst = read(path)
    approvals = mes.Approvals.of(inst)
    skipping = mes.add1(approvals, inst.budget)
    stepping = mes.add1(approvals, inst.budget, skip=False)
    assert (skipping.selected, skipping.total, skipping.steps) == (stepping.selected, stepping.total, stepping.steps)


def test_skipping_saves_runs_on_assen():
    inst = read(PABULIB_DIR / "Netherlands_Assen_2024.pb")
    result = mes.add1(mes.Approvals.of(inst), inst.budget)
    assert set(result.selected) == inst.selected_ids()
    assert result.steps == 844  # per-voter share raised from 1,190.48 to 2,034
    assert result.runs < 100
    assert result.log[0] == (inst.budget, result.first.selected)


def test_free_project_is_left_to_the_completion():
    """With cost utilities a free project is worth nothing: MES never buys it (as pabutools)."""
    inst = make(budget=10, projects={"A": 10, "F": 0, "Z": 0}, votes=[["A", "F"], ["A"], ["Z"]])
    assert compute(inst, "equalshares") == []  # A: its 2 supporters hold 20/3 < 10
    assert compute(inst, "equalshares/greedy") == ["A", "F", "Z"]  # greedy: A still fits in 10
    run = mes.run(mes.Approvals.of(inst), inst.budget)
    assert run.supporters_money == {"A": Fraction(20, 3)}


def test_unsupported_project_is_never_bought():
    inst = make(budget=10, projects={"A": 5, "N": 1}, votes=[["A"], ["A"]])
    assert compute(inst, "equalshares") == ["A"]
    assert compute(inst, "equalshares/add1") == ["A"]  # stops: A is all MES could buy
    assert compute(inst, "equalshares/greedy") == ["A"]  # nor by the completion: nobody chose it


def test_payments_are_exact_with_a_growing_unit():
    # 7 voters share 10: 10/7 each. P (cost 3, voters 1-6) goes first at 1/2 each. Q (cost 4,
    # voters 1-3 and 7): voters 1-3 hold 13/14 < 1 and pay all of it; voter 7 pays the rest,
    # 4 - 39/14 = 17/14.
    inst = make(budget=10, projects={"P": 3, "Q": 4}, votes=[["P", "Q"]] * 3 + [["P"]] * 3 + [["Q"]])
    run = mes.run(mes.Approvals.of(inst), inst.budget)
    assert run.selected == ["P", "Q"]
    assert run.share == {"P": Fraction(1, 2), "Q": Fraction(17, 14)}
    assert run.supporters_money == {"P": Fraction(60, 7), "Q": Fraction(59, 14)}
    assert run.spent == 7
    assert run.selected == reference.mes_fixed_budget(inst, inst.budget)
