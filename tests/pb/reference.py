"""The plain Method of Equal Shares: one Fraction of money per voter, every supporter looked at.

This is the engine's first implementation, kept as a reference for the fast one in
``pb/equal_shares.py``: the tests compare the two on real and random
instances. Slow (about a second for a hundred voters), obviously exact.
"""

from __future__ import annotations

from fractions import Fraction

from pb import Instance
from pb.scores import UnsupportedError, tie_key


def approvers(instance: Instance) -> tuple[int, dict[str, list[int]]]:
    if instance.vote_type not in ("approval", "choose-1"):
        raise UnsupportedError(f"not approval ballots: {instance.vote_type!r}")
    supporters: dict[str, list[int]] = {pid: [] for pid in instance.projects}
    for i, vote in enumerate(instance.votes):
        for pid in vote.projects:
            supporters[pid].append(i)
    return len(instance.votes), supporters


def mes_fixed_budget(instance: Instance, total: Fraction) -> list[str]:
    """MES with cost utilities, each of the n voters starting with ``total / n``.

    Projects of cost 0 or without supporters are never bought. Each round, for every remaining project, rho is found by sorting its
    supporters' money; the lowest rho / cost wins (ties: ``tie_key``).
    """
    n, supporters = approvers(instance)
    if n == 0:
        return []
    score = {pid: Fraction(len(v)) for pid, v in supporters.items()}
    key = tie_key(instance, score)
    money = [Fraction(total) / n] * n
    winners: list[str] = []
    remaining = {pid for pid, p in instance.projects.items() if p.cost > 0 and supporters[pid]}
    while remaining:
        best, best_q, best_rho = None, None, None
        for pid in sorted(remaining, key=key):
            cost = instance.projects[pid].cost
            payers = sorted(money[i] for i in supporters[pid])
            if sum(payers) < cost:
                remaining.discard(pid)
                continue
            paid, left = Fraction(0), len(payers)
            for m in payers:
                cap = (cost - paid) / left
                if cap > m:
                    paid += m
                    left -= 1
                else:
                    rho = cap
                    break
            if best_q is None or rho / cost < best_q:
                best, best_q, best_rho = pid, rho / cost, rho
        if best is None:
            break
        winners.append(best)
        remaining.discard(best)
        for i in supporters[best]:
            money[i] = money[i] - best_rho if money[i] > best_rho else Fraction(0)
    return winners


def cost_of(instance: Instance, chosen) -> Fraction:
    return sum((instance.projects[pid].cost for pid in chosen), Fraction(0))


def mes_add1(instance: Instance, run=mes_fixed_budget) -> list[str]:
    """add1 as equalshares.net writes it: B, then (floor(B/n) + k) * n for k = 1, 2, ...

    Keeps a step while it costs at most B; stops when the outcome is exhaustive or holds
    every project MES could ever buy. ``run`` computes one MES run (this module's, or the
    pabutools oracle's in the tests).
    """
    budget = instance.budget
    n = len(instance.votes)
    outcome = run(instance, budget)
    if n == 0:
        return outcome
    _, supporters = approvers(instance)
    buyable = {pid for pid, p in instance.projects.items() if p.cost > 0 and supporters[pid]}
    per_voter = (budget / n).__floor__()
    while True:
        left = budget - cost_of(instance, outcome)
        taken = set(outcome)
        if all(p.cost > left for pid, p in instance.projects.items() if pid not in taken):
            break
        if buyable <= taken:
            break
        per_voter += 1
        following = run(instance, Fraction(per_voter * n))
        if cost_of(instance, following) > budget:
            break
        outcome = following
    return outcome
