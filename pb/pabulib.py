"""Reader and writer for the Pabulib ``.pb`` format (https://pabulib.org/format).

A ``.pb`` file has three sections, each introduced by a line holding only its name
(``META``, ``PROJECTS``, ``VOTES``) followed by a header row; fields are separated by
semicolons and quoted CSV-style (``"`` doubled inside a quoted field).

Numbers that matter for results (budget, costs, points, the score threshold) are parsed
exactly as :class:`fractions.Fraction` — ``"12345.67"`` becomes ``Fraction(1234567, 100)``;
floats are never used. Every raw column is kept as a string, so :func:`write` produces a
file that :func:`read` / :func:`parse` read back into an equal :class:`Instance`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

SECTIONS = ("META", "PROJECTS", "VOTES")
SUPPORTED_VOTE_TYPES = ("approval", "cumulative", "choose-1")
# Read (and written back) but no rule computes a result from them.
KNOWN_VOTE_TYPES = SUPPORTED_VOTE_TYPES + ("ordinal", "scoring")


class PabulibError(ValueError):
    """A ``.pb`` file that cannot be read; the message names the line."""

    def __init__(self, message: str, line: int | None = None, source: str | None = None):
        self.line = line
        self.source = source
        where = ""
        if source:
            where += f"{source}: "
        if line is not None:
            where += f"line {line}: "
        super().__init__(where + message)


def parse_number(text: str, what: str = "number") -> Fraction:
    """An exact, finite, non-negative number from ``"12"`` or ``"12345.67"``."""
    raw = text.strip()
    if not raw:
        raise ValueError(f"empty {what}")
    try:
        value = Fraction(raw)
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"{what} {text!r} is not a number") from None
    if value < 0:
        raise ValueError(f"{what} {text!r} is negative")
    return value


@dataclass(frozen=True)
class Project:
    project_id: str
    cost: Fraction
    name: str = ""
    # 1 / 0 from the ``selected`` column; None when the file has no such column.
    selected: int | None = None
    # All columns of the row, as written in the file (for writing back).
    fields: dict[str, str] = field(default_factory=dict, compare=True, hash=False)


@dataclass(frozen=True)
class Vote:
    voter_id: str
    projects: tuple[str, ...]
    # Points per project in ``projects`` (cumulative / scoring ballots), else None.
    points: tuple[Fraction, ...] | None = None
    fields: dict[str, str] = field(default_factory=dict, compare=True, hash=False)


@dataclass
class Instance:
    meta: dict[str, str]
    projects: dict[str, Project]
    votes: list[Vote]
    project_columns: list[str]
    vote_columns: list[str]

    @property
    def budget(self) -> Fraction:
        return parse_number(self.meta["budget"], "budget")

    @property
    def vote_type(self) -> str:
        return self.meta.get("vote_type", "").strip()

    @property
    def rule(self) -> str:
        return self.meta.get("rule", "").strip()

    @property
    def min_project_score_threshold(self) -> Fraction | None:
        raw = self.meta.get("min_project_score_threshold")
        if raw is None or not raw.strip():
            return None
        return parse_number(raw, "min_project_score_threshold")

    @property
    def has_selected(self) -> bool:
        return "selected" in self.project_columns

    def selected_ids(self) -> set[str]:
        return {p.project_id for p in self.projects.values() if p.selected}


def _parse_selected(raw: str) -> int:
    raw = raw.strip()
    if raw == "":
        return 0
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"selected {raw!r} is not an integer") from None


def parse(text: str, source: str | None = None) -> Instance:
    """Parse the text of a ``.pb`` file. Raises :class:`PabulibError` naming the line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True)
    meta: dict[str, str] = {}
    projects: dict[str, Project] = {}
    votes: list[Vote] = []
    project_columns: list[str] = []
    vote_columns: list[str] = []
    section: str | None = None
    header: list[str] | None = None
    seen: set[str] = set()
    voter_ids: set[str] = set()

    def fail(message: str) -> PabulibError:
        return PabulibError(message, reader.line_num, source)

    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            raise fail(f"malformed CSV: {exc}") from None
        if not row or all(not cell.strip() for cell in row):
            continue
        first = row[0].strip()
        if len(row) == 1 and first.upper() in SECTIONS:
            name = first.upper()
            if name in seen:
                raise fail(f"section {name} appears twice")
            seen.add(name)
            section, header = name, None
            continue
        if section is None:
            raise fail(f"expected a section name (META, PROJECTS, VOTES), got {row[0]!r}")
        if header is None:
            header = [cell.strip() for cell in row]
            if section == "PROJECTS":
                if "project_id" not in header or "cost" not in header:
                    raise fail("PROJECTS header needs project_id and cost columns")
                project_columns = header
            elif section == "VOTES":
                if "voter_id" not in header or "vote" not in header:
                    raise fail("VOTES header needs voter_id and vote columns")
                vote_columns = header
            continue
        if len(row) != len(header):
            raise fail(f"{section} row has {len(row)} fields, the header has {len(header)}")
        record = dict(zip(header, row, strict=True))
        if section == "META":
            key = row[0].strip()
            if key in meta:
                raise fail(f"META key {key!r} appears twice")
            meta[key] = row[1] if len(row) > 1 else ""
        elif section == "PROJECTS":
            pid = record["project_id"].strip()
            if not pid:
                raise fail("empty project_id")
            if pid in projects:
                raise fail(f"project {pid!r} appears twice")
            try:
                cost = parse_number(record["cost"], "cost")
                selected = _parse_selected(record["selected"]) if "selected" in record else None
            except ValueError as exc:
                raise fail(f"project {pid!r}: {exc}") from None
            projects[pid] = Project(pid, cost, record.get("name", ""), selected, record)
        else:
            vid = record["voter_id"].strip()
            if vid in voter_ids:
                raise fail(f"voter {vid!r} appears twice")
            voter_ids.add(vid)
            chosen = tuple(p.strip() for p in record["vote"].split(",") if p.strip())
            for pid in chosen:
                if pid not in projects:
                    raise fail(f"voter {vid!r} votes for unknown project {pid!r}")
            if len(set(chosen)) != len(chosen):
                raise fail(f"voter {vid!r} names a project twice")
            points = None
            if "points" in record:
                raw_points = [p for p in record["points"].split(",") if p.strip()]
                if len(raw_points) != len(chosen):
                    raise fail(f"voter {vid!r}: {len(chosen)} projects but {len(raw_points)} points")
                try:
                    points = tuple(parse_number(p, "points") for p in raw_points)
                except ValueError as exc:
                    raise fail(f"voter {vid!r}: {exc}") from None
            votes.append(Vote(vid, chosen, points, record))
    missing = [s for s in SECTIONS if s not in seen]
    if missing:
        raise PabulibError(f"missing section(s): {', '.join(missing)}", None, source)
    if "budget" not in meta:
        raise PabulibError("META has no budget", None, source)
    try:
        parse_number(meta["budget"], "budget")
    except ValueError as exc:
        raise PabulibError(f"META: {exc}", None, source) from None
    return Instance(meta, projects, votes, project_columns, vote_columns)


def read(path: str | Path) -> Instance:
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return parse(fh.read(), source=path.name)


def dumps(instance: Instance) -> str:
    """The ``.pb`` text of ``instance`` (LF line endings, minimal quoting)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quotechar='"', lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    out.write("META\n")
    writer.writerow(["key", "value"])
    for key, value in instance.meta.items():
        writer.writerow([key, value])
    project_columns = instance.project_columns or _default_project_columns(instance)
    out.write("PROJECTS\n")
    writer.writerow(project_columns)
    for project in instance.projects.values():
        values = {"project_id": project.project_id, "cost": format_number(project.cost), "name": project.name}
        if project.selected is not None:
            values["selected"] = str(project.selected)
        values.update(project.fields)
        writer.writerow([values.get(col, "") for col in project_columns])
    vote_columns = instance.vote_columns or _default_vote_columns(instance)
    out.write("VOTES\n")
    writer.writerow(vote_columns)
    for vote in instance.votes:
        values = {"voter_id": vote.voter_id, "vote": ",".join(vote.projects)}
        if vote.points is not None:
            values["points"] = ",".join(format_number(p) for p in vote.points)
        values.update(vote.fields)
        writer.writerow([values.get(col, "") for col in vote_columns])
    return out.getvalue()


def _default_project_columns(instance: Instance) -> list[str]:
    columns = ["project_id", "cost", "name"]
    if any(p.selected is not None for p in instance.projects.values()):
        columns.append("selected")
    return columns


def _default_vote_columns(instance: Instance) -> list[str]:
    columns = ["voter_id", "vote"]
    if any(v.points is not None for v in instance.votes):
        columns.append("points")
    return columns


def format_number(value: Fraction) -> str:
    """``Fraction(1234567, 100)`` -> ``"12345.67"``; refuses values with no finite decimal form."""
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    den, places = value.denominator, 0
    while den % 10 == 0 or den % 2 == 0 or den % 5 == 0:
        if den % 10 == 0:
            den //= 10
        elif den % 2 == 0:
            den //= 2
        else:
            den //= 5
        places += 1
    if den != 1:
        raise ValueError(f"{value} has no finite decimal representation")
    scaled = value * 10**places
    assert scaled.denominator == 1
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled.numerator)).rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")


def write(instance: Instance, path: str | Path) -> None:
    Path(path).write_text(dumps(instance), encoding="utf-8", newline="")
