"""The Method of Equal Shares (cost utilities) and its add1 completion, fast and exact.

Voters who have paid for the same projects hold the same money, so a voter's money is kept as
a *class*: voters start in one class, and buying a project moves each of its supporters from
their class to a class of lower money. Classes with the same money are merged. The price of a
project is then computed over the distinct money values of its supporters (how many supporters
hold each value), not over every supporter.

Money is kept as integers in units of 1/D, where D is a common denominator of the per-voter
share and of every cost; when a payment is not a whole number of units, D is multiplied by the
smallest factor that makes it one, and every amount with it. Nothing is rounded: the figures
reported (:class:`EqualSharesRun`) are exact :class:`fractions.Fraction` values.

See ``docs/results.md`` for the rule, the tie-breaking and the add1 completion.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import accumulate
from math import gcd, lcm
from operator import mul

from .pabulib import Instance
from .scores import UnsupportedError, id_key


@dataclass
class Approvals:
    """What Equal Shares needs from an approval instance, prepared once for several runs."""

    ids: list[str]  # project ids, in tie-breaking order (:func:`~pb.scores.tie_key`)
    costs: list[Fraction]
    supporters: list[list[int]]  # voter indices per project, same order as ``ids``
    n: int  # number of voters

    @classmethod
    def of(cls, instance: Instance) -> Approvals:
        if instance.vote_type not in ("approval", "choose-1"):
            raise UnsupportedError(
                f"equal shares is implemented for approval ballots only, not {instance.vote_type!r}"
            )
        index = {pid: [] for pid in instance.projects}
        for i, vote in enumerate(instance.votes):
            for pid in vote.projects:
                index[pid].append(i)
        projects = instance.projects
        ids = sorted(index, key=lambda pid: (-len(index[pid]), projects[pid].cost, id_key(pid)))
        return cls(
            ids=ids,
            costs=[projects[pid].cost for pid in ids],
            supporters=[index[pid] for pid in ids],
            n=len(instance.votes),
        )


@dataclass
class EqualSharesRun:
    """One run of Equal Shares with a given (real or raised) total budget."""

    total: Fraction  # the budget shared equally among the voters in this run
    selected: list[str] = field(default_factory=list)  # in the order bought
    # Bought projects: the most any supporter paid (rho).
    share: dict[str, Fraction] = field(default_factory=dict)
    # What the supporters of each project together held when it was bought, or when it was
    # dropped as unaffordable (less than its cost). Every project with supporters and a
    # positive cost is one or the other by the end of a run.
    supporters_money: dict[str, Fraction] = field(default_factory=dict)
    spent: Fraction = Fraction(0)
    # With ``horizon``: the run is known to go exactly the same way (same projects bought in
    # the same order) when every voter starts with up to ``stable_for`` more (``None``: any
    # amount more), up to and including it when ``stable_inclusive``. ``stable_known`` is
    # False when that could not be shown for at least ``horizon`` more.
    stable_known: bool = False
    stable_for: Fraction | None = None
    stable_inclusive: bool = True


def run(approvals: Approvals, total: Fraction, horizon: Fraction | None = None) -> EqualSharesRun:
    """Equal Shares with ``total`` shared equally among the voters.

    Each round prices every remaining project c: rho_c is the smallest cap such that its
    supporters, each paying min(own money, rho_c), cover cost(c); with cost utilities the
    price per unit of utility is rho_c / cost(c). The project with the lowest price is bought
    (ties: the order of ``approvals.ids``) and its supporters pay min(money, rho_c). A project
    whose supporters together hold less than its cost is dropped. Projects that cost nothing
    (worth nothing with cost utilities) or that nobody approves are never bought, as in
    equalshares.net and pabutools; a greedy completion can add them.

    Prices only rise from round to round, so each project keeps the last price computed as a
    lower bound, and a round stops pricing projects once the bound exceeds the best price.

    ``horizon`` (used by add1): also find how much more money per voter (at least
    ``horizon``) would leave every decision of this run unchanged. With the same decisions
    (which supporters pay in full, which project wins each round, which are dropped) every
    amount in the run is an affine function of the starting share x, so each decision holds
    on an interval of x, computed exactly; ``EqualSharesRun.stable_for`` is where the first
    one would change.
    """
    total = Fraction(total)
    result = EqualSharesRun(total=total)
    n = approvals.n
    if n == 0:
        result.stable_known, result.stable_for = True, None
        return result
    ids, supporters = approvals.ids, approvals.supporters
    m = len(ids)
    # Money in units of 1/den: the share per voter and every cost are whole numbers of units.
    share = total / n
    den = lcm(share.denominator, *(c.denominator for c in approvals.costs))
    cost = [int(c * den) for c in approvals.costs]
    # Each voter is in a class; the voters of a class hold the same money. Class 0 holds
    # nothing (everyone who ran out), class 1 the initial share. When den grows, amounts
    # already stored are not rewritten: ``money[c]`` is in units of 1/dens[epoch[c]], and
    # ``scale[e]`` = den / dens[e] brings them to the current unit. ``slope[c]``: how the
    # class's money grows with the starting share (same units), kept only while tracking.
    money = [0, share.numerator * (den // share.denominator)]
    slope = [0, den]
    epoch = [0, 0]
    dens = [den]
    scale = [1]
    now = 0
    voter_class = [1] * n

    track = horizon is not None
    limit: tuple[int, int, bool] | None = None  # decisions hold for t <= a/b (t < a/b if strict)

    def restrict(alpha: int, beta: int, strict: bool) -> None:
        """One decision holds while alpha + beta*t >= 0 (> 0 if strict); it holds at t = 0."""
        nonlocal limit, track
        if beta >= 0:
            return
        a, b = alpha, -beta
        if limit is None or a * limit[1] < limit[0] * b or (a * limit[1] == limit[0] * b and strict):
            limit = (a, b, strict)
            h = a * horizon.denominator - horizon.numerator * b
            if h < 0 or (h == 0 and strict):
                track = False  # cannot reach the horizon: stop paying for the bookkeeping

    def slopes_now(classes):
        return map(mul, map(slope.__getitem__, classes), map(scale.__getitem__, map(epoch.__getitem__, classes)))

    # Lower bound on each candidate's price per unit of utility (prices only rise), and,
    # while tracking, the same bound as an affine function of t: (a + b*t) / d.
    bound: dict[int, Fraction] = {j: Fraction(0) for j in range(m) if cost[j] > 0 and supporters[j]}
    line: dict[int, tuple[int, int, int]] = {}
    # Until the first payment every voter is in class 1: no need to count classes.
    fresh = True
    while bound:
        best = -1
        best_price = None
        chosen = None
        # Ties on the bound keep the tie-breaking order (the index j).
        for j in sorted(bound, key=lambda j: (bound[j], j)):
            if best_price is not None and bound[j] > best_price:
                break
            members = supporters[j]
            counts = {1: len(members)} if fresh else Counter(map(voter_class.__getitem__, members))
            keys = list(counts)
            amounts = list(
                map(mul, map(money.__getitem__, keys), map(scale.__getitem__, map(epoch.__getitem__, keys)))
            )
            order = sorted(range(len(keys)), key=amounts.__getitem__)
            values = list(map(amounts.__getitem__, order))
            classes = list(map(keys.__getitem__, order))
            sizes = list(map(counts.__getitem__, classes))
            paid_before = list(accumulate(map(mul, values, sizes), initial=0))
            held = paid_before[-1]
            c_j = cost[j]
            if held < c_j:
                del bound[j]
                line.pop(j, None)
                result.supporters_money[ids[j]] = Fraction(held, den)
                if track:
                    restrict(c_j - held, -sum(map(mul, slopes_now(classes), sizes)), True)
                continue
            # The first class whose money covers the cap (cost - paid) / payers; the classes
            # before it pay all they have. The test is monotone in the position.
            count_before = list(accumulate(sizes, initial=0))
            everyone = len(members)
            i = bisect_left(
                range(len(classes)),
                True,
                key=lambda i: c_j - paid_before[i] <= values[i] * (everyone - count_before[i]),
            )
            num, payers = c_j - paid_before[i], everyone - count_before[i]
            price = Fraction(num, payers * c_j)
            bound[j] = price
            poor_slope = 0
            if track:
                poor_slope = sum(map(mul, slopes_now(classes[:i]), sizes[:i]))
                line[j] = (num, -poor_slope, payers * c_j)
            if best_price is None or price < best_price or (price == best_price and j < best):
                best, best_price = j, price
                chosen = (classes, values, i, num, payers, poor_slope, held)
        if best < 0:
            break
        del bound[best]
        if track:
            a_w, b_w, d_w = line.pop(best)
            for c in bound:
                a, b, d = line[c]
                restrict(a * d_w - a_w * d, b * d_w - b_w * d, c < best)
        # Charge the supporters of `best`: rho = (num - poor_slope * t) / payers units.
        classes, values, i, num, payers, poor_slope, held = chosen
        result.supporters_money[ids[best]] = Fraction(held, den)
        factor = payers // gcd(num, payers)
        if track:
            factor = lcm(factor, payers // gcd(poor_slope, payers))
        if factor > 1:
            den *= factor
            dens.append(den)
            scale = [d * factor for d in scale]
            scale.append(1)
            cost = [c * factor for c in cost]
            now += 1
        rho = num * factor // payers
        rho_slope = -poor_slope * factor // payers
        result.selected.append(ids[best])
        result.share[ids[best]] = Fraction(rho, den)
        remap = {0: 0}
        for position, c in enumerate(classes):
            if c == 0:
                if track:
                    restrict(rho, rho_slope, False)
                continue
            v = values[position] * factor  # values were read before den grew by factor
            if position < i:  # pays all it has
                remap[c] = 0
                if track:
                    restrict(rho - v, rho_slope - slope[c] * scale[epoch[c]], False)
                continue
            after = v - rho
            after_slope = slope[c] * scale[epoch[c]] - rho_slope if track else 0
            if track:
                restrict(after, after_slope, False)
            if after == 0:
                remap[c] = 0
                if track and after_slope > 0:
                    restrict(0, -after_slope, False)  # would keep money at any larger share
            else:
                remap[c] = len(money)
                money.append(after)
                slope.append(after_slope)
                epoch.append(now)
        for k in supporters[best]:
            voter_class[k] = remap[voter_class[k]]
        fresh = False
    position = {pid: j for j, pid in enumerate(ids)}
    result.spent = sum((approvals.costs[position[pid]] for pid in result.selected), Fraction(0))
    if track:
        result.stable_known = True
        if limit is not None:
            result.stable_for = Fraction(limit[0], limit[1])
            result.stable_inclusive = not limit[2]
    return result


@dataclass
class Add1Result:
    """Equal Shares with the add1 completion."""

    first: EqualSharesRun  # the run at the real budget
    selected: list[str]  # the result, in the order bought in the run that gave it
    total: Fraction  # the virtual total budget of the last step kept (the real one if none)
    runs: int  # how many runs were computed
    steps: int  # how many raised shares were considered (runs plus steps shown not to change anything)
    # Every run computed: (virtual total budget, projects bought). The raised shares between
    # two of them were shown to give the same outcome as the earlier one.
    log: list[tuple[Fraction, list[str]]] = field(default_factory=list)


def add1(approvals: Approvals, budget: Fraction, skip: bool = True) -> Add1Result:
    """MES with the add1 completion (as equalshares.net / Pabulib ``equalshares/add1``).

    Start with MES at the real budget B. While the outcome is not exhaustive, raise each
    voter's share to the next whole currency unit (floor(B/n) + 1, + 2, ...) and re-run MES;
    keep the new outcome while its cost stays within B and stop at the first one that costs
    more. Also stops once MES buys every project it could ever buy, or once more money
    provably changes nothing.

    With ``skip`` (the default), each run also reports how far the share could rise with
    every decision of the run unchanged (:func:`run`, ``horizon``); the steps within that
    range would give the same outcome, so they are counted but not computed. ``skip=False``
    computes every step (the tests compare both).
    """
    budget = Fraction(budget)
    n = approvals.n
    per_voter = Fraction(0) if n == 0 else budget / n
    whole = per_voter.__floor__()
    current = run(approvals, budget, (whole + 1 - per_voter) if skip and n else None)
    result = Add1Result(first=current, selected=current.selected, total=budget, runs=1, steps=0)
    result.log.append((budget, current.selected))
    if n == 0:
        return result
    cost = dict(zip(approvals.ids, approvals.costs, strict=True))
    buyable = {
        pid for pid, c, s in zip(approvals.ids, approvals.costs, approvals.supporters, strict=True) if c > 0 and s
    }
    at = per_voter  # the share `current` was computed with
    while True:
        taken = set(current.selected)
        left = budget - current.spent
        if all(cost[pid] > left for pid in approvals.ids if pid not in taken) or buyable <= taken:
            break
        step = whole + 1
        if current.stable_known:
            if current.stable_for is None:
                break  # no amount of money changes this outcome
            reach = at + current.stable_for
            # The first whole share outside the range where nothing changes.
            beyond = reach.__floor__() + 1 if current.stable_inclusive else reach.__ceil__()
            step = max(step, beyond)
        result.steps += step - whole
        # The skipped steps give the same outcome as `current`: kept.
        if step - 1 > whole:
            result.total = Fraction((step - 1) * n)
        whole = step
        following = run(approvals, Fraction(whole * n), Fraction(1) if skip else None)
        result.runs += 1
        result.log.append((following.total, following.selected))
        if following.spent > budget:
            break
        current, at = following, Fraction(whole)
        result.selected, result.total = following.selected, Fraction(whole * n)
    return result
