"""Tiny hand-made Pabulib instances for the engine tests."""

from consultations.pb import parse


def make(budget, projects, votes, vote_type="approval", rule="greedy", meta=None, points=None):
    """``projects``: {id: cost}; ``votes``: list of project-id lists (voter ids are 1..n);
    ``points``: parallel list of point lists for cumulative ballots."""
    lines = ["META", "key;value", f"budget;{budget}", f"vote_type;{vote_type}", f"rule;{rule}"]
    lines += [f"{k};{v}" for k, v in (meta or {}).items()]
    lines += ["PROJECTS", "project_id;cost;name"]
    lines += [f"{pid};{cost};Project {pid}" for pid, cost in projects.items()]
    lines += ["VOTES", "voter_id;vote" + (";points" if points is not None else "")]
    for i, vote in enumerate(votes, start=1):
        row = f"{i};{','.join(vote)}"
        if points is not None:
            row += ";" + ",".join(str(p) for p in points[i - 1])
        lines.append(row)
    return parse("\n".join(lines) + "\n", source="test.pb")
