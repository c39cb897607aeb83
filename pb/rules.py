"""Participatory-budgeting rules over a parsed Pabulib :class:`~pb.pabulib.Instance`.

All arithmetic is exact (``int`` / :class:`fractions.Fraction`). Every rule returns the
selected project ids as a list, in the order the rule selected them. The tie-breaking order
(higher score, lower cost, smaller id) is :func:`~pb.scores.tie_key`; the
Method of Equal Shares is :mod:`pb.equal_shares`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction

from . import equal_shares as mes
from .pabulib import Instance
from .scores import UnsupportedError, id_key, scores, tie_key

__all__ = [
    "ALIASES",
    "RULES",
    "UnsupportedError",
    "compute",
    "equal_shares",
    "greedy",
    "greedy_completion",
    "greedy_no_skip",
    "greedy_threshold",
    "id_key",
    "mes_add1",
    "mes_fixed_budget",
    "rule_name",
    "scores",
    "tie_key",
]

RULES = (
    "greedy",
    "greedy-no-skip",
    "greedy-threshold",
    "equalshares",
    "equalshares/add1",
    "equalshares/greedy",
    "equalshares/add1/greedy",
)


def _greedy(
    instance: Instance,
    candidates: Iterable[str],
    budget: Fraction,
    skip: bool = True,
    score: dict[str, Fraction] | None = None,
    trace: list[tuple[str, Fraction, bool]] | None = None,
) -> list[str]:
    """Take the candidates by :func:`tie_key` while they fit; ``trace`` gets (id, money
    left when its turn came, taken) for each candidate looked at."""
    score = scores(instance) if score is None else score
    chosen: list[str] = []
    left = budget
    for pid in sorted(candidates, key=tie_key(instance, score)):
        cost = instance.projects[pid].cost
        fits = cost <= left
        if trace is not None:
            trace.append((pid, left, fits))
        if fits:
            chosen.append(pid)
            left -= cost
        elif not skip:
            break
    return chosen


def greedy(instance: Instance) -> list[str]:
    """By score descending; a project that no longer fits is skipped."""
    return _greedy(instance, instance.projects, instance.budget)


def greedy_no_skip(instance: Instance) -> list[str]:
    """By score descending; stops at the first project that does not fit."""
    return _greedy(instance, instance.projects, instance.budget, skip=False)


def greedy_threshold(instance: Instance) -> list[str]:
    """Greedy (with skipping) over the projects whose score is at least META ``min_project_score_threshold``."""
    threshold = instance.min_project_score_threshold
    if threshold is None:
        raise UnsupportedError("greedy-threshold needs META min_project_score_threshold")
    score = scores(instance)
    eligible = [pid for pid in instance.projects if score[pid] >= threshold]
    return _greedy(instance, eligible, instance.budget, score=score)


def mes_fixed_budget(instance: Instance, total: Fraction) -> list[str]:
    """MES with cost utilities, the n voters sharing ``total`` equally (:func:`equal_shares.run`)."""
    return mes.run(mes.Approvals.of(instance), Fraction(total)).selected


def mes_add1(instance: Instance) -> list[str]:
    """MES with the add1 completion (:func:`equal_shares.add1`)."""
    return mes.add1(mes.Approvals.of(instance), instance.budget).selected


def _cost(instance: Instance, chosen: Iterable[str]) -> Fraction:
    return sum((instance.projects[pid].cost for pid in chosen), Fraction(0))


def greedy_completion(instance: Instance, chosen: list[str]) -> list[str]:
    """Add the unselected projects by score (greedy, with skipping) within the money left.

    Projects nobody voted for are never added, however much money is left.
    """
    taken = set(chosen)
    score = scores(instance)
    rest = [pid for pid in instance.projects if pid not in taken and score[pid] > 0]
    left = instance.budget - _cost(instance, chosen)
    return chosen + _greedy(instance, rest, left)


def equal_shares(instance: Instance, completion: str | None = None) -> list[str]:
    """MES; ``completion`` is None, ``"add1"``, ``"greedy"`` or ``"add1/greedy"``."""
    if completion is None:
        return mes_fixed_budget(instance, instance.budget)
    if completion == "add1":
        return mes_add1(instance)
    if completion == "greedy":
        return greedy_completion(instance, mes_fixed_budget(instance, instance.budget))
    if completion == "add1/greedy":
        return greedy_completion(instance, mes_add1(instance))
    raise UnsupportedError(f"unknown completion {completion!r}")


_DISPATCH: dict[str, Callable[[Instance], list[str]]] = {
    "greedy": greedy,
    "greedy-no-skip": greedy_no_skip,
    "greedy-threshold": greedy_threshold,
    "equalshares": lambda inst: equal_shares(inst),
    "equalshares/add1": lambda inst: equal_shares(inst, "add1"),
    "equalshares/greedy": lambda inst: equal_shares(inst, "greedy"),
    "equalshares/add1/greedy": lambda inst: equal_shares(inst, "add1/greedy"),
}
ALIASES = {"equal-shares": "equalshares", "mes": "equalshares"}


def rule_name(instance: Instance, rule: str | None = None) -> str:
    """The rule's canonical name (``rule`` or the file's META ``rule``, aliases resolved)."""
    name = (rule or instance.rule).strip()
    name = ALIASES.get(name, name)
    if name not in _DISPATCH:
        raise UnsupportedError(f"rule {name!r} is not supported (supported: {', '.join(RULES)})")
    return name


def compute(instance: Instance, rule: str | None = None) -> list[str]:
    """Selected project ids under ``rule`` (default: the file's META ``rule``)."""
    return _DISPATCH[rule_name(instance, rule)](instance)
