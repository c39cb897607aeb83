"""Explanations: one reason per project, and always the same selection as ``compute``."""

from fractions import Fraction as F

import pytest

from pb import CODES, RULES, UnsupportedError, compute, explain, read

from .helpers import REAL_FILES, make, meta
from .test_equal_shares import SLOW_ADD1

# A (cost 6, 3 approvals), B (5, 2), C (4, 1), D (1, nobody); budget 10.
ABCD = dict(
    budget=10, projects={"A": 6, "B": 5, "C": 4, "D": 1}, votes=[["A", "B", "C"], ["A", "B"], ["A"]]
)


def brief(outcome):
    return {pid: (r.code, r.position, r.budget_left) for pid, r in outcome.reasons.items()}


def test_greedy_reasons():
    outcome = explain(make(**ABCD), "greedy")
    assert outcome.selected == ["A", "C"]
    assert (outcome.spent, outcome.budget, outcome.rule) == (10, 10, "greedy")
    assert brief(outcome) == {
        "A": ("greedy_selected", 1, 10),  # money left when its turn came
        "B": ("greedy_no_fit", None, 4),
        "C": ("greedy_selected", 2, 4),
        "D": ("no_votes", None, 0),
    }
    a = outcome.reasons["A"]
    assert (a.score, a.cost, a.selected, a.threshold, a.share_per_supporter) == (3, 6, True, None, None)


def test_greedy_no_skip_reasons():
    outcome = explain(make(**ABCD), "greedy-no-skip")
    assert outcome.selected == ["A"]
    assert brief(outcome) == {
        "A": ("greedy_selected", 1, 10),
        "B": ("greedy_no_fit", None, 4),
        "C": ("greedy_stopped", None, 4),  # never considered: money left at the end
        "D": ("no_votes", None, 4),
    }


def test_greedy_threshold_reasons():
    outcome = explain(make(**ABCD, meta={"min_project_score_threshold": 2}), "greedy-threshold")
    assert outcome.selected == ["A"]
    assert brief(outcome) == {
        "A": ("greedy_selected", 1, 10),
        "B": ("greedy_no_fit", None, 4),
        "C": ("below_threshold", None, 4),
        "D": ("no_votes", None, 4),
    }
    assert {r.threshold for r in outcome.reasons.values()} == {2}


def test_equal_shares_reasons():
    # 4 voters, 10 each. Z (20) and X (30) by voters 1-3, Y (10) by voter 4.
    inst = make(
        budget=40, projects={"X": 30, "Y": 10, "Z": 20}, votes=[["X", "Z"], ["X", "Z"], ["X", "Z"], ["Y"]]
    )
    outcome = explain(inst, "equalshares")
    assert outcome.selected == ["Z", "Y"] == compute(inst, "equalshares")
    z, y, x = (outcome.reasons[p] for p in "ZYX")
    assert (z.code, z.position, z.share_per_supporter, z.supporters_money) == ("mes_selected", 1, F(20, 3), 30)
    assert (y.code, y.position, y.share_per_supporter, y.supporters_money) == ("mes_selected", 2, 10, 10)
    # After Z, voters 1-3 hold 10/3 each: 10 in all, less than X's 30.
    assert (x.code, x.selected, x.supporters_money, x.share_per_supporter) == ("mes_unaffordable", False, 10, None)
    assert x.budget_left == 10  # 40 - 30 spent


def test_add1_reasons():
    inst = make(budget=10, projects={"A": 6, "B": 4, "N": 1}, votes=[["A"], ["B"]])
    first = explain(inst, "equalshares")
    assert first.selected == ["B"]
    assert first.reasons["A"].code == "mes_unaffordable"
    outcome = explain(inst, "equalshares/add1")
    assert outcome.selected == ["B", "A"] == compute(inst, "equalshares/add1")
    assert outcome.reasons["B"].code == "mes_selected"
    a = outcome.reasons["A"]
    # Raised to 6 per voter: voter 1 pays all of A.
    assert (a.code, a.position, a.share_per_supporter, a.supporters_money) == ("mes_completion_selected", 2, 6, 6)
    assert outcome.reasons["N"].code == "no_votes"
    assert outcome.spent == 10


def test_greedy_completion_reasons():
    inst = make(budget=10, projects={"A": 6, "B": 3, "C": 3}, votes=[["A"], ["B", "C"]])
    outcome = explain(inst, "equalshares/greedy")
    assert outcome.selected == ["B", "C"] == compute(inst, "equalshares/greedy")
    b, c, a = (outcome.reasons[p] for p in "BCA")
    assert (b.code, b.share_per_supporter) == ("mes_selected", 3)
    # After B voter 2 holds 2 < 3: MES drops C; completion takes it with 7 left.
    assert (c.code, c.position, c.budget_left, c.supporters_money) == ("completion_selected", 2, 7, 2)
    # MES: voter 1 holds 5 < 6; completion: 4 left < 6.
    assert (a.code, a.budget_left, a.supporters_money) == ("completion_no_fit", 4, 5)


def test_free_project_under_equal_shares():
    inst = make(budget=10, projects={"A": 5, "F": 0}, votes=[["A", "F"], ["A"]])
    assert explain(inst, "equalshares").reasons["F"].code == "mes_no_cost"
    assert explain(inst, "equalshares/greedy").reasons["F"].code == "completion_selected"


def test_unsupported_ballots_are_refused_like_compute():
    inst = make(budget=5, projects={"A": 5}, votes=[["A"]], points=[[3]], vote_type="cumulative")
    with pytest.raises(UnsupportedError):
        explain(inst, "equalshares")
    assert explain(inst, "greedy").selected == ["A"]


CASES = [
    (path, rule)
    for path in REAL_FILES
    if meta(path).get("vote_type") != "ordinal"
    for rule in RULES
    if not (rule.startswith("equalshares") and meta(path).get("vote_type") == "cumulative")
    if not (rule == "greedy-threshold" and "min_project_score_threshold" not in meta(path))
    if not ("add1" in rule and path.name in SLOW_ADD1)
]


@pytest.mark.parametrize("path, rule", CASES, ids=lambda c: getattr(c, "name", c))
def test_explain_selects_what_compute_selects(path, rule):
    inst = read(path)
    outcome = explain(inst, rule)
    assert outcome.selected == compute(inst, rule)
    assert set(outcome.reasons) == set(inst.projects)
    assert outcome.spent == sum(inst.projects[p].cost for p in outcome.selected) <= inst.budget
    for pid, reason in outcome.reasons.items():
        assert reason.code in CODES
        assert reason.selected == (pid in outcome.selected)
        if reason.selected:
            assert outcome.selected[reason.position - 1] == pid
        if reason.code == "mes_unaffordable":
            assert reason.supporters_money < reason.cost
        if reason.code in ("greedy_no_fit", "completion_no_fit"):
            assert reason.budget_left < reason.cost
