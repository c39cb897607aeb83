"""Project scores and the tie-breaking order shared by every rule.

Tie-breaking (the same for every rule, see :func:`tie_key`): among equally good projects
the one with the higher total score comes first, then the cheaper one, then the one with the
smaller project id (ids made only of digits compare as integers and come before other ids,
which compare as strings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from fractions import Fraction

from .pabulib import Instance


class UnsupportedError(ValueError):
    """The instance uses a rule or ballot type this engine does not compute."""


def id_key(project_id: str) -> tuple[int, int | str]:
    return (0, int(project_id)) if project_id.isdigit() else (1, project_id)


def scores(instance: Instance) -> dict[str, Fraction]:
    """Total score per project: approvals (approval, choose-1) or points (cumulative)."""
    vote_type = instance.vote_type
    if vote_type in ("ordinal", "scoring") or vote_type not in ("approval", "cumulative", "choose-1", ""):
        raise UnsupportedError(f"vote_type {vote_type!r} is not supported")
    use_points = vote_type == "cumulative" or (vote_type == "" and any(v.points for v in instance.votes))
    if not use_points:
        approvals = Counter(pid for vote in instance.votes for pid in vote.projects)
        return {pid: Fraction(approvals[pid]) for pid in instance.projects}
    total = {pid: Fraction(0) for pid in instance.projects}
    for vote in instance.votes:
        if vote.points is None:
            raise UnsupportedError(f"cumulative ballot of voter {vote.voter_id!r} has no points")
        for pid, pts in zip(vote.projects, vote.points, strict=True):
            total[pid] += pts
    return total


def tie_key(instance: Instance, score: dict[str, Fraction]) -> Callable[[str], tuple]:
    """Higher score, then lower cost, then smaller project id."""
    projects = instance.projects
    return lambda pid: (-score[pid], projects[pid].cost, id_key(pid))
