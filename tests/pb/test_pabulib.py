"""The Pabulib reader/writer: exact numbers, round trip on every real file, clear errors."""

from fractions import Fraction
from pathlib import Path

import pytest

from pb import PabulibError, dumps, parse, read, write
from pb.pabulib import format_number

PABULIB_DIR = Path("/work/shared/pabulib")
REAL_FILES = sorted(PABULIB_DIR.glob("*.pb"))

SMALL = """META
key;value
description;"A ""quoted"" name; with a semicolon"
budget;12345.67
vote_type;cumulative
rule;greedy
min_project_score_threshold;2.5
PROJECTS
project_id;cost;name;selected
1;1000.5;First;1
2;20000;Second;0
VOTES
voter_id;vote;points;age
a;1,2;3,0.5;30
b;2;1;
"""


def test_parses_exact_numbers_and_columns():
    inst = parse(SMALL)
    assert inst.budget == Fraction(1234567, 100)
    assert inst.vote_type == "cumulative"
    assert inst.rule == "greedy"
    assert inst.min_project_score_threshold == Fraction(5, 2)
    assert inst.meta["description"] == 'A "quoted" name; with a semicolon'
    first = inst.projects["1"]
    assert (first.cost, first.name, first.selected) == (Fraction(2001, 2), "First", 1)
    assert inst.selected_ids() == {"1"}
    assert [v.projects for v in inst.votes] == [("1", "2"), ("2",)]
    assert inst.votes[0].points == (3, Fraction(1, 2))
    assert inst.votes[0].fields["age"] == "30"
    assert isinstance(inst.budget, Fraction) and isinstance(first.cost, Fraction)


def test_crlf_and_bom_are_accepted():
    inst = parse("\ufeff" + SMALL.replace("\n", "\r\n"))
    assert inst == parse(SMALL)


def test_round_trip_small(tmp_path):
    inst = parse(SMALL)
    path = tmp_path / "small.pb"
    write(inst, path)
    assert read(path) == inst
    assert dumps(read(path)) == dumps(inst)


@pytest.mark.skipif(not REAL_FILES, reason=f"no Pabulib files in {PABULIB_DIR}")
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_round_trip_real_file(path):
    inst = read(path)
    text = dumps(inst)
    again = parse(text)
    assert again == inst
    assert dumps(again) == text
    assert inst.budget > 0 and inst.projects and inst.votes


def test_writer_fills_columns_for_hand_built_projects():
    inst = parse(SMALL)
    inst.projects["1"] = type(inst.projects["1"])("1", Fraction(1, 8), "Eighth", 1)
    assert parse(dumps(inst)).projects["1"].cost == Fraction(1, 8)


def test_format_number():
    assert format_number(Fraction(1234567, 100)) == "12345.67"
    assert format_number(Fraction(7)) == "7"
    assert format_number(Fraction(1, 8)) == "0.125"
    with pytest.raises(ValueError):
        format_number(Fraction(1, 3))


@pytest.mark.parametrize(
    "broken, line, words",
    [
        (SMALL.replace("2;20000;Second;0", "2;20000;Second"), 11, "3 fields, the header has 4"),
        (SMALL.replace("2;20000;Second;0", "2;lots;Second;0"), 11, "cost 'lots' is not a number"),
        (SMALL.replace("b;2;1;", "b;3;1;"), 15, "unknown project '3'"),
        (SMALL.replace("a;1,2;3,0.5;30", "a;1,2;3;30"), 14, "2 projects but 1 points"),
        (SMALL.replace("b;2;1;", "a;2;1;"), 15, "voter 'a' appears twice"),
        (SMALL.replace("2;20000;Second;0", "1;20000;Second;0"), 11, "project '1' appears twice"),
        (SMALL.replace("2;20000;Second;0", "2;-5;Second;0"), 11, "negative"),
    ],
)
def test_broken_row_names_the_line(broken, line, words):
    with pytest.raises(PabulibError) as info:
        parse(broken, source="broken.pb")
    assert info.value.line == line
    assert f"broken.pb: line {line}: " in str(info.value)
    assert words in str(info.value)


def test_missing_section_and_budget():
    with pytest.raises(PabulibError, match="missing section"):
        parse(SMALL.split("VOTES")[0])
    with pytest.raises(PabulibError, match="no budget"):
        parse(SMALL.replace("budget;12345.67\n", ""))
    with pytest.raises(PabulibError, match="line 1: expected a section"):
        parse("hello;world\n" + SMALL)
