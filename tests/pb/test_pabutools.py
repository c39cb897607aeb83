"""Equal Shares agrees with pabutools (test-only oracle), and pabutools reads the engine's files.

Ties: pabutools is given the engine's tie-breaking order (:mod:`tests.pb.oracle`), so random
instances are generated freely, ties included, and must agree in full (same projects in the
same order). add1: pabutools' own ``voter_budget_increment=1`` starts from B/n and counts only
projects somebody approves when it checks exhaustiveness; the engine follows equalshares.net
(B, then floor(B/n) + 1, + 2, ... per voter; every project counts). The two are compared
directly where they coincide (a whole share per voter, every project approved); otherwise
each MES run of the add1 loop is pabutools' (``reference.mes_add1`` with the oracle's run).
"""

from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings

from pb import dumps, read
from pb import equal_shares as mes

from . import reference
from .helpers import REAL_FILES, approval_files, meta
from .oracle import Oracle
from .strategies import approval_elections

EXAMPLES = settings(
    max_examples=200, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)

APPROVAL_FILES = approval_files()
# pabutools takes 1-10 s per MES run on these: add1 is checked at its deciding runs only.
LARGE = {p.name for p in APPROVAL_FILES} - {p.name for p in approval_files(max_size=30_000)}
# add1 itself takes 10 s to minutes on these (see test_equal_shares.SLOW_ADD1).
SLOW_ADD1 = {
    "Poland_Warszawa_2022_Ursus.pb",
    "Poland_Warszawa_2024_Mokotow.pb",
    "Poland_Warszawa_2024_Praga-Polnoc.pb",
    "Poland_Warszawa_2024_Rembertow.pb",
    "Poland_Warszawa_2024_Zoliborz.pb",
}


@pytest.mark.parametrize("path", APPROVAL_FILES, ids=lambda p: p.name)
def test_equal_shares_agrees_on_real_files(path):
    inst = read(path)
    assert mes.run(mes.Approvals.of(inst), inst.budget).selected == Oracle(inst).mes()


@pytest.mark.parametrize("path", [p for p in APPROVAL_FILES if p.name not in SLOW_ADD1], ids=lambda p: p.name)
def test_add1_agrees_on_real_files(path):
    """The result against pabutools' MES at the final share, and the run that ended the loop.

    On the smaller files also about ten of the runs the engine computed and five of the
    raised shares it skipped (they must give the outcome of the run before them).
    """
    inst = read(path)
    oracle = Oracle(inst)
    result = mes.add1(mes.Approvals.of(inst), inst.budget)
    assert oracle.mes(result.total) == result.selected
    last_total, _ = result.log[-1]
    if last_total != result.total:  # the loop ended on a run over budget
        assert sum(inst.projects[p].cost for p in oracle.mes(last_total)) > inst.budget
    if path.name not in LARGE:
        between = result.log[1:-1]
        for total, selected in between[:: max(1, len(between) // 10)]:
            assert oracle.mes(total) == selected, total
        n = len(inst.votes)
        skipped = [
            (Fraction(share * n), selected)
            for (total, selected), (following, _) in zip(result.log, result.log[1:], strict=False)
            for share in range(total.__floor__() // n + 1, following // n)
            if share * n > total
        ]
        for total, selected in skipped[:: max(1, len(skipped) // 5)]:
            assert oracle.mes(total) == selected, total
    if inst.rule == "equalshares/add1":
        assert set(result.selected) == inst.selected_ids()


@EXAMPLES
@given(approval_elections(zero_costs=True))
def test_equal_shares_agrees_on_random_elections(inst):
    oracle = Oracle(inst)
    approvals = mes.Approvals.of(inst)
    assert mes.run(approvals, inst.budget).selected == oracle.mes()
    half = inst.budget / 2
    assert mes.run(approvals, half).selected == oracle.mes(half)


@EXAMPLES
@given(approval_elections())
def test_add1_agrees_on_random_elections(inst):
    oracle = Oracle(inst)
    assert mes.add1(mes.Approvals.of(inst), inst.budget).selected == reference.mes_add1(inst, run=oracle.run)


@EXAMPLES
@given(approval_elections(integral_share=True, all_supported=True))
def test_add1_agrees_with_pabutools_budget_increase(inst):
    """Where pabutools' own iterated MES and add1 coincide: whole shares, every project approved."""
    oracle = Oracle(inst)
    ours = mes.add1(mes.Approvals.of(inst), inst.budget).selected
    assert ours == oracle.mes(voter_budget_increment=1)


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_pabutools_reads_what_the_writer_writes(path):
    """The writer's output, parsed by pabutools' ``parse_pabulib``: same budget, projects, ballots."""
    inst = read(path)
    oracle = Oracle(inst)
    assert oracle.instance.budget_limit == inst.budget
    assert {p.name: Fraction(p.cost) for p in oracle.instance} == {
        pid: p.cost for pid, p in inst.projects.items()
    }
    ballots = list(oracle.profile)
    assert len(ballots) == len(inst.votes)
    vote_type = meta(path)["vote_type"]
    for ballot, vote in zip(ballots, inst.votes, strict=True):
        if vote_type == "ordinal":
            assert [p.name for p in ballot] == list(vote.projects)
        elif vote_type == "cumulative":
            assert {p.name: Fraction(v) for p, v in ballot.items()} == dict(zip(vote.projects, vote.points, strict=True))
        else:
            assert {p.name for p in ballot} == set(vote.projects)


def test_pabutools_reads_a_hand_built_instance():
    from .helpers import make

    inst = make(budget="10.5", projects={"1": "2.25", "x": 3}, votes=[["1", "x"], ["x"]])
    text = dumps(inst)
    oracle = Oracle(inst)
    assert oracle.instance.budget_limit == Fraction(21, 2)
    assert oracle.mes() == mes.run(mes.Approvals.of(inst), inst.budget).selected
    assert "x" in text
