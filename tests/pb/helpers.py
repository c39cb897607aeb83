"""Tiny hand-made Pabulib instances for the engine tests, and the real files in shared/pabulib."""

import csv
from pathlib import Path

from pb import parse


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


PABULIB_DIR = Path("/work/shared/pabulib")
REAL_FILES = sorted(PABULIB_DIR.glob("*.pb"))


def meta(path: Path) -> dict[str, str]:
    """The META section of a ``.pb`` file, read without parsing the votes (for collecting tests)."""
    lines = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for line in fh:
            if line.strip().upper() == "PROJECTS":
                break
            lines.append(line)
    rows = list(csv.reader(lines[2:], delimiter=";"))
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2}


def approval_files(max_size: int | None = None) -> list[Path]:
    """Real files with approval or choose-1 ballots; ``max_size``: at most that many voters x projects."""
    found = []
    for path in REAL_FILES:
        info = meta(path)
        if info.get("vote_type") not in ("approval", "choose-1"):
            continue
        if max_size is None or int(info["num_votes"]) * int(info["num_projects"]) <= max_size:
            found.append(path)
    return found
