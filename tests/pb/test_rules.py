"""Each rule on tiny hand-made instances, including ties and a project that does not fit."""

from fractions import Fraction

import pytest

from pb import UnsupportedError, compute
from pb.rules import equal_shares, mes_fixed_budget, scores

from .helpers import make

# A (cost 6, 3 approvals), B (cost 5, 2 approvals), C (cost 4, 1 approval); budget 10.
ABC = dict(budget=10, projects={"A": 6, "B": 5, "C": 4}, votes=[["A", "B", "C"], ["A", "B"], ["A"]])


def test_greedy_skips_the_project_that_no_longer_fits():
    assert compute(make(**ABC), "greedy") == ["A", "C"]


def test_greedy_no_skip_stops_at_the_first_that_does_not_fit():
    assert compute(make(**ABC), "greedy-no-skip") == ["A"]


def test_default_rule_comes_from_meta():
    assert compute(make(**ABC, rule="greedy-no-skip")) == ["A"]


def test_greedy_tie_on_score_cheaper_first():
    inst = make(budget=5, projects={"A": 5, "B": 3}, votes=[["A", "B"], ["A", "B"]])
    assert compute(inst, "greedy") == ["B"]


def test_greedy_tie_on_score_and_cost_smaller_id_first_numeric_order():
    inst = make(budget=5, projects={"10": 5, "2": 5}, votes=[["10", "2"]])
    assert compute(inst, "greedy") == ["2"]  # "2" < "10" as integers, not as strings


def test_greedy_cumulative_uses_points():
    inst = make(
        budget=5,
        projects={"A": 5, "B": 5},
        votes=[["A", "B"], ["B"]],
        points=[[9, 1], [2]],
        vote_type="cumulative",
    )
    assert scores(inst) == {"A": 9, "B": 3}
    assert compute(inst, "greedy") == ["A"]


def test_greedy_threshold_excludes_low_scores_even_when_they_fit():
    inst = make(**ABC, meta={"min_project_score_threshold": 2})
    assert compute(inst, "greedy-threshold") == ["A"]
    inst = make(**ABC, meta={"min_project_score_threshold": 1})
    assert compute(inst, "greedy-threshold") == ["A", "C"]


def test_greedy_threshold_without_threshold_is_an_error():
    with pytest.raises(UnsupportedError, match="min_project_score_threshold"):
        compute(make(**ABC), "greedy-threshold")


def test_decimal_budget_exact():
    # 0.1 + 0.2 == 0.3 exactly: with floats the second project would not fit.
    inst = make(budget="0.3", projects={"A": "0.1", "B": "0.2"}, votes=[["A", "B"], ["A"]])
    assert compute(inst, "greedy") == ["A", "B"]


# MES: 4 voters, budget 40 (10 each). X (30) and Z (20) are approved by voters 1-3,
# Y (10) by voter 4 alone. X and Z both cost 1/3 per unit of utility: tie, Z is cheaper.
# After Z voters 1-3 hold 10/3 each, so X is unaffordable; voter 4 buys Y.
MES = dict(budget=40, projects={"X": 30, "Y": 10, "Z": 20}, votes=[["X", "Z"], ["X", "Z"], ["X", "Z"], ["Y"]])


def test_mes_tie_on_price_cheaper_first():
    inst = make(**MES)
    assert compute(inst, "equalshares") == ["Z", "Y"]
    assert compute(inst, "equal-shares") == ["Z", "Y"]


def test_mes_is_proportional_where_greedy_is_not():
    # Voters 1-3 approve P1..P4 (10 each), voter 4 approves Q (10); budget 40, 10 per voter.
    inst = make(
        budget=40,
        projects={"P1": 10, "P2": 10, "P3": 10, "P4": 10, "Q": 10},
        votes=[["P1", "P2", "P3", "P4"]] * 3 + [["Q"]],
    )
    assert compute(inst, "greedy") == ["P1", "P2", "P3", "P4"]
    assert compute(inst, "equalshares") == ["P1", "P2", "P3", "Q"]


def test_mes_payments_are_exact():
    # Budget 10 among 3 voters: 10/3 each; a project of cost 10 approved by all is exactly affordable.
    inst = make(budget=10, projects={"A": 10, "B": 1}, votes=[["A"], ["A"], ["A", "B"]])
    assert mes_fixed_budget(inst, Fraction(10)) == ["A"]


# add1: 2 voters, budget 10 (5 each); A is approved by voter 1, the others by voter 2.
def test_add1_raises_the_budget_while_the_outcome_stays_feasible():
    inst = make(budget=10, projects={"A": 6, "B": 4}, votes=[["A"], ["B"]])
    assert compute(inst, "equalshares") == ["B"]  # voter 1 cannot pay 6 out of 5
    assert compute(inst, "equalshares/add1") == ["B", "A"]  # at 6 each: both, cost 10 <= 10


def test_add1_keeps_the_last_feasible_outcome_then_greedy_completes():
    inst = make(budget=10, projects={"A": 6, "B": 3, "C": 3}, votes=[["A"], ["B", "C"]])
    # At 5 each: B (tie with C on everything but the id), then voter 2 has 2 left.
    assert compute(inst, "equalshares") == ["B"]
    # At 6 each all three would be bought (cost 12 > 10): add1 keeps ["B"].
    assert compute(inst, "equalshares/add1") == ["B"]
    # Greedy completion with 7 left: C (cheaper), then A (6) no longer fits.
    assert compute(inst, "equalshares/add1/greedy") == ["B", "C"]
    assert equal_shares(inst, "greedy") == ["B", "C"]


def test_mes_with_no_voters_selects_nothing():
    inst = make(budget=10, projects={"A": 1}, votes=[])
    assert compute(inst, "equalshares/add1") == []


def test_mes_refuses_cumulative_ballots():
    inst = make(budget=5, projects={"A": 5}, votes=[["A"]], points=[[3]], vote_type="cumulative")
    with pytest.raises(UnsupportedError, match="approval"):
        compute(inst, "equalshares")


def test_ordinal_and_unknown_rules_are_refused():
    with pytest.raises(UnsupportedError, match="ordinal"):
        compute(make(**ABC, vote_type="ordinal"), "greedy")
    with pytest.raises(UnsupportedError, match="greedy-custom"):
        compute(make(**ABC, rule="greedy-custom"))
