"""``manage.py pb_result``: selected ids one per line; clear errors. No database needed."""

from django.core.management import CommandError, call_command

import pytest

from .test_pabulib import SMALL

TINY = """META
key;value
budget;10
vote_type;approval
rule;greedy-no-skip
PROJECTS
project_id;cost;name
A;6;Alpha
B;5;Beta
C;4;Gamma
VOTES
voter_id;vote
1;A,B,C
2;A,B
3;A
"""


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tiny.pb"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_default_rule_from_meta(tiny, capsys):
    call_command("pb_result", str(tiny))
    assert capsys.readouterr().out == "A\n"


def test_rule_option(tiny, capsys):
    call_command("pb_result", str(tiny), "--rule", "greedy")
    assert capsys.readouterr().out == "A\nC\n"


def test_broken_file_names_the_line(tmp_path):
    path = tmp_path / "broken.pb"
    path.write_text(SMALL.replace("2;20000;Second;0", "2;20000;Second"), encoding="utf-8")
    with pytest.raises(CommandError, match="broken.pb: line 11: "):
        call_command("pb_result", str(path))


def test_missing_file_and_unsupported_rule(tmp_path, tiny):
    with pytest.raises(CommandError, match="no such file"):
        call_command("pb_result", str(tmp_path / "nope.pb"))
    path = tmp_path / "custom.pb"
    path.write_text(TINY.replace("rule;greedy-no-skip", "rule;greedy-custom"), encoding="utf-8")
    with pytest.raises(CommandError, match="greedy-custom"):
        call_command("pb_result", str(path))
