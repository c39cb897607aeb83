"""Hypothesis strategies: small approval elections, as the engine reads them."""

from __future__ import annotations

from hypothesis import strategies as st

from .helpers import make

# Mixed ids exercise the id order of the tie-breaking (2 before 10, digits before letters).
IDS = ["1", "2", "3", "10", "11", "a", "B"]


@st.composite
def approval_elections(draw, zero_costs: bool = False, integral_share: bool = False, all_supported: bool = False):
    """Up to 7 projects and 14 voters; costs often equal so that ties happen.

    ``integral_share``: the budget is a whole amount per voter. ``all_supported``: every
    project has at least one supporter.
    """
    ids = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=len(IDS), unique=True))
    low = 0 if zero_costs else 1
    cost = st.one_of(st.integers(low, 12), st.sampled_from([5, 10, 20]), st.integers(low * 100, 3000).map(lambda c: c / 100))
    projects = {pid: draw(cost) for pid in ids}
    n = draw(st.integers(1, 14))
    votes = draw(st.lists(st.lists(st.sampled_from(ids), unique=True), min_size=n, max_size=n))
    if all_supported:
        for k, pid in enumerate(ids):
            if not any(pid in vote for vote in votes):
                votes[k % n].append(pid)
    if integral_share:
        budget = n * draw(st.integers(1, 12))
    else:
        total = sum(projects.values())
        budget = draw(st.one_of(st.integers(1, max(1, int(total))), st.integers(100, 5000).map(lambda b: b / 100)))
    return make(budget, {pid: _text(c) for pid, c in projects.items()}, votes)


def _text(number) -> str:
    return str(number) if isinstance(number, int) else f"{number:.2f}"
