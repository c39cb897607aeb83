"""Participatory-budgeting rules over a parsed Pabulib :class:`~consultations.pb.pabulib.Instance`.

All arithmetic is exact (``int`` / :class:`fractions.Fraction`). Every rule returns the
selected project ids as a list, in the order the rule selected them.

Tie-breaking (the same for every rule, see :func:`tie_key`): among equally good projects
the one with the higher total score comes first, then the cheaper one, then the one with the
smaller project id (ids made only of digits compare as integers and come before other ids,
which compare as strings).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction

from .pabulib import Instance

RULES = (
    "greedy",
    "greedy-no-skip",
    "greedy-threshold",
    "equalshares",
    "equalshares/add1",
    "equalshares/greedy",
    "equalshares/add1/greedy",
)


class UnsupportedError(ValueError):
    """The instance uses a rule or ballot type this engine does not compute."""


def id_key(project_id: str) -> tuple[int, int | str]:
    return (0, int(project_id)) if project_id.isdigit() else (1, project_id)


def scores(instance: Instance) -> dict[str, Fraction]:
    """Total score per project: approvals (approval, choose-1) or points (cumulative)."""
    vote_type = instance.vote_type
    if vote_type in ("ordinal", "scoring") or vote_type not in ("approval", "cumulative", "choose-1", ""):
        raise UnsupportedError(f"vote_type {vote_type!r} is not supported")
    total = {pid: Fraction(0) for pid in instance.projects}
    use_points = vote_type == "cumulative" or (vote_type == "" and any(v.points for v in instance.votes))
    for vote in instance.votes:
        if use_points:
            if vote.points is None:
                raise UnsupportedError(f"cumulative ballot of voter {vote.voter_id!r} has no points")
            for pid, pts in zip(vote.projects, vote.points, strict=True):
                total[pid] += pts
        else:
            for pid in vote.projects:
                total[pid] += 1
    return total


def tie_key(instance: Instance, score: dict[str, Fraction]) -> Callable[[str], tuple]:
    """Higher score, then lower cost, then smaller project id."""
    projects = instance.projects
    return lambda pid: (-score[pid], projects[pid].cost, id_key(pid))


def _greedy(
    instance: Instance,
    candidates: Iterable[str],
    budget: Fraction,
    skip: bool = True,
    score: dict[str, Fraction] | None = None,
) -> list[str]:
    score = scores(instance) if score is None else score
    chosen: list[str] = []
    left = budget
    for pid in sorted(candidates, key=tie_key(instance, score)):
        cost = instance.projects[pid].cost
        if cost <= left:
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


# --- Method of Equal Shares ---------------------------------------------------------------


def _approvers(instance: Instance) -> tuple[int, dict[str, list[int]]]:
    if instance.vote_type not in ("approval", "choose-1"):
        raise UnsupportedError(
            f"equal shares is implemented for approval ballots only, not {instance.vote_type!r}"
        )
    supporters: dict[str, list[int]] = {pid: [] for pid in instance.projects}
    for i, vote in enumerate(instance.votes):
        for pid in vote.projects:
            supporters[pid].append(i)
    return len(instance.votes), supporters


def mes_fixed_budget(instance: Instance, total: Fraction) -> list[str]:
    """MES with cost utilities, each of the n voters starting with ``total / n``.

    In each round every remaining project c is priced: ρ_c is the smallest per-voter payment
    cap such that its supporters, each paying min(own money, ρ_c), cover the cost. With cost
    utilities a supporter's utility from c is cost(c), so the price per unit of utility is
    ρ_c / cost(c); the project minimising it is bought (tie: :func:`tie_key`) and its
    supporters pay min(money, ρ_c). A project whose supporters cannot pay its cost is dropped.
    Projects of cost 0 or with no supporters are never bought by MES (completion may add them).
    """
    n, supporters = _approvers(instance)
    if n == 0:
        return []
    score = {pid: Fraction(len(v)) for pid, v in supporters.items()}
    key = tie_key(instance, score)
    money = [Fraction(total) / n] * n
    # Lower bound on each candidate's price per unit of utility (prices only rise).
    bound: dict[str, Fraction] = {
        pid: Fraction(0) for pid, p in instance.projects.items() if p.cost > 0 and supporters[pid]
    }
    winners: list[str] = []
    while bound:
        best: str | None = None
        best_q: Fraction | None = None
        best_rho = Fraction(0)
        for pid in sorted(bound, key=lambda c: (bound[c], key(c))):
            if best_q is not None and bound[pid] > best_q:
                break
            cost = instance.projects[pid].cost
            payers = sorted(money[i] for i in supporters[pid])
            if sum(payers) < cost:
                del bound[pid]
                continue
            paid, left = Fraction(0), len(payers)
            rho = None
            for m in payers:
                cap = (cost - paid) / left
                if cap > m:
                    paid += m
                    left -= 1
                else:
                    rho = cap
                    break
            assert rho is not None
            q = rho / cost
            bound[pid] = q
            if best_q is None or (q, key(pid)) < (best_q, key(best)):
                best, best_q, best_rho = pid, q, rho
        if best is None:
            break
        winners.append(best)
        del bound[best]
        for i in supporters[best]:
            money[i] = money[i] - best_rho if money[i] > best_rho else Fraction(0)
    return winners


def _cost(instance: Instance, chosen: Iterable[str]) -> Fraction:
    return sum((instance.projects[pid].cost for pid in chosen), Fraction(0))


def _exhaustive(instance: Instance, chosen: list[str], budget: Fraction) -> bool:
    left = budget - _cost(instance, chosen)
    taken = set(chosen)
    return all(p.cost > left for pid, p in instance.projects.items() if pid not in taken)


def mes_add1(instance: Instance) -> list[str]:
    """MES with the add1 completion (as equalshares.net / Pabulib ``equalshares/add1``).

    Start with MES at the real budget B. While the outcome is not exhaustive, raise each
    voter's virtual budget to the next whole currency unit (floor(B/n) + 1, + 2, ...; i.e.
    the virtual total grows by n each step) and re-run MES; keep the new outcome while its
    cost stays within B, stop at the first one that does not. Also stops once MES already
    buys every project it could ever buy (more money cannot change anything then).
    """
    budget = instance.budget
    n = len(instance.votes)
    outcome = mes_fixed_budget(instance, budget)
    if n == 0:
        return outcome
    _, supporters = _approvers(instance)
    buyable = {pid for pid, p in instance.projects.items() if p.cost > 0 and supporters[pid]}
    per_voter = (budget / n).__floor__()
    while not _exhaustive(instance, outcome, budget) and not buyable <= set(outcome):
        per_voter += 1
        following = mes_fixed_budget(instance, Fraction(per_voter * n))
        if _cost(instance, following) > budget:
            break
        outcome = following
    return outcome


def greedy_completion(instance: Instance, chosen: list[str]) -> list[str]:
    """Add the unselected projects by score (greedy, with skipping) within the money left."""
    taken = set(chosen)
    rest = [pid for pid in instance.projects if pid not in taken]
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


def compute(instance: Instance, rule: str | None = None) -> list[str]:
    """Selected project ids under ``rule`` (default: the file's META ``rule``)."""
    name = (rule or instance.rule).strip()
    name = ALIASES.get(name, name)
    if name not in _DISPATCH:
        raise UnsupportedError(f"rule {name!r} is not supported (supported: {', '.join(RULES)})")
    return _DISPATCH[name](instance)
