"""Why each project was or was not selected: one :class:`Reason` per project of an instance.

:func:`explain` recomputes the result with the same code as :func:`~pb.rules.compute`
and keeps, for every project, the figures a sentence needs (its score and cost, the money left
when its turn came, what its supporters held under Equal Shares). ``Outcome.selected`` is
always ``compute(instance, rule)``. The codes are listed in ``docs/results.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from . import equal_shares as mes
from .pabulib import Instance
from .rules import _greedy, rule_name
from .scores import UnsupportedError, scores

CODES = (
    "greedy_selected",
    "greedy_no_fit",
    "greedy_stopped",
    "below_threshold",
    "no_votes",
    "mes_selected",
    "mes_unaffordable",
    "mes_no_cost",
    "mes_completion_selected",
    "completion_selected",
    "completion_no_fit",
)


@dataclass(frozen=True)
class Reason:
    project_id: str
    selected: bool
    code: str  # one of CODES
    position: int | None  # 1-based position in selection order if selected
    score: Fraction  # total approvals/points
    cost: Fraction
    # Money left in the real budget when the project's turn came (greedy steps, greedy
    # completion), otherwise after the selection ended.
    budget_left: Fraction | None
    # Equal Shares: what the project's supporters together held when it was bought, or when
    # it was dropped because that was less than its cost.
    supporters_money: Fraction | None
    # Equal Shares: the most any supporter paid (rho) when it was bought.
    share_per_supporter: Fraction | None
    threshold: Fraction | None  # greedy-threshold: META min_project_score_threshold


@dataclass(frozen=True)
class Outcome:
    rule: str
    selected: list[str]  # selection order, identical to compute(instance, rule)
    spent: Fraction
    budget: Fraction
    reasons: dict[str, Reason]  # every project of the instance


def explain(instance: Instance, rule: str | None = None) -> Outcome:
    """The result under ``rule`` (default: the file's META ``rule``) with a reason per project."""
    name = rule_name(instance, rule)
    score = scores(instance)
    budget = instance.budget
    projects = instance.projects
    # Per project: code, money left when considered, supporters' money, share.
    code: dict[str, str] = {}
    left_at: dict[str, Fraction] = {}
    money: dict[str, Fraction] = {}
    share: dict[str, Fraction] = {}
    threshold: Fraction | None = None

    if name.startswith("greedy"):
        candidates = list(projects)
        if name == "greedy-threshold":
            threshold = instance.min_project_score_threshold
            if threshold is None:
                raise UnsupportedError("greedy-threshold needs META min_project_score_threshold")
            candidates = [pid for pid in projects if score[pid] >= threshold]
            for pid in projects:
                if score[pid] < threshold:
                    code[pid] = "below_threshold"
        trace: list[tuple[str, Fraction, bool]] = []
        selected = _greedy(instance, candidates, budget, skip=name != "greedy-no-skip", score=score, trace=trace)
        for pid, left, taken in trace:
            code[pid] = "greedy_selected" if taken else "greedy_no_fit"
            left_at[pid] = left
        for pid in candidates:
            code.setdefault(pid, "greedy_stopped")
    else:
        approvals = mes.Approvals.of(instance)
        if name.startswith("equalshares/add1"):
            completed = mes.add1(approvals, budget)
            first = completed.first
            # The figures come from the run that gave the result (with the raised share).
            final = first if completed.total == budget else mes.run(approvals, completed.total)
        else:
            first = final = mes.run(approvals, budget)
        selected = list(final.selected)
        before = set(first.selected)
        for pid in selected:
            code[pid] = "mes_selected" if pid in before else "mes_completion_selected"
            share[pid] = final.share[pid]
        money.update(final.supporters_money)
        for pid in final.supporters_money:
            code.setdefault(pid, "mes_unaffordable")
        for pid, project in projects.items():
            if project.cost == 0 and pid not in code:
                code[pid] = "mes_no_cost"  # worth nothing with cost utilities: never bought
        if name.endswith("/greedy"):
            trace = []
            taken = set(selected)
            # Nothing goes to a project nobody chose, however much money is left.
            rest = [pid for pid in projects if pid not in taken and score[pid] > 0]
            spent = sum((projects[pid].cost for pid in selected), Fraction(0))
            selected += _greedy(instance, rest, budget - spent, score=score, trace=trace)
            # Completion looks at every project MES did not select: its verdict is the last
            # word (supporters_money still tells why MES did not buy it).
            for pid, left, fits in trace:
                left_at[pid] = left
                code[pid] = "completion_selected" if fits else "completion_no_fit"

    spent = sum((projects[pid].cost for pid in selected), Fraction(0))
    position = {pid: k for k, pid in enumerate(selected, start=1)}
    reasons = {}
    for pid, project in projects.items():
        chosen = pid in position
        why = code.get(pid)
        if not chosen and (score[pid] == 0 or why is None):
            why = "no_votes"
        reasons[pid] = Reason(
            project_id=pid,
            selected=chosen,
            code=why,
            position=position.get(pid),
            score=score[pid],
            cost=project.cost,
            budget_left=left_at.get(pid, budget - spent),
            supporters_money=money.get(pid),
            share_per_supporter=share.get(pid),
            threshold=threshold,
        )
    return Outcome(rule=name, selected=selected, spent=spent, budget=budget, reasons=reasons)
