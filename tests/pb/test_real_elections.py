"""The engine reproduces Pabulib's published ``selected`` column on the real elections."""

import pytest

from pb import RULES, UnsupportedError, compute, read

from .helpers import PABULIB_DIR, REAL_FILES, meta

# Files whose META rule is supported but whose result cannot be checked, with the reason.
NO_SELECTED_COLUMN = "the file has no selected column: nothing to compare with"
ORDINAL = "ordinal ballots are not supported"
NOT_REPRODUCED = {
    "Netherlands_Amsterdam_212.pb": NO_SELECTED_COLUMN,
    "Poland_Gdansk_2020_Orunia_Gorna-Gdansk_Poludnie.pb": NO_SELECTED_COLUMN,
    "Poland_Gdansk_2020_Osowa.pb": NO_SELECTED_COLUMN,
    "Poland_Gdansk_2020_Rudniki.pb": NO_SELECTED_COLUMN,
    "Poland_Krakow_2018_Stare_Miasto.pb": NO_SELECTED_COLUMN,  # and ordinal
    "Poland_Zabrze_2021.pb": NO_SELECTED_COLUMN,
    "Poland_Zabrze_2021_Guido.pb": NO_SELECTED_COLUMN,
    "Poland_Zabrze_2021_Konczyce.pb": NO_SELECTED_COLUMN,
    "Poland_Zabrze_2021_Osiedle_Mikolaja_Kopernika.pb": NO_SELECTED_COLUMN,
    "Poland_Krakow_2019_Debniki.pb": ORDINAL,
    "Poland_Krakow_2022_Lagiewniki-Borek_Falecki.pb": ORDINAL,
    "Poland_Krakow_2025_Pradnik_Bialy.pb": ORDINAL,
}

# Reproduced files per META rule (docs/results.md quotes these numbers).
EXPECTED_REPRODUCED = {"greedy": 4, "greedy-no-skip": 8, "greedy-threshold": 8, "equalshares/add1": 1}
# META rules found in the files that the engine does not implement.
UNSUPPORTED_RULES = {"greedy-custom": 8, "greedy-exclusive": 4, "unknown": 11}

pytestmark = pytest.mark.skipif(not REAL_FILES, reason=f"no Pabulib files in {PABULIB_DIR}")


def _rule(path):
    return meta(path).get("rule", "")


SUPPORTED = [p for p in REAL_FILES if _rule(p) in RULES]


@pytest.mark.parametrize("path", SUPPORTED, ids=lambda p: p.name)
def test_reproduces_selected(path):
    inst = read(path)
    reason = NOT_REPRODUCED.get(path.name)
    if reason == NO_SELECTED_COLUMN:
        assert not inst.has_selected
        if inst.vote_type != "ordinal":
            compute(inst)  # still computes without error
        return
    if reason == ORDINAL:
        assert inst.vote_type == "ordinal"
        with pytest.raises(UnsupportedError):
            compute(inst)
        return
    assert reason is None
    assert set(compute(inst)) == inst.selected_ids()


def test_census_of_rules():
    reproduced: dict[str, int] = {}
    unsupported: dict[str, int] = {}
    for path in REAL_FILES:
        rule = _rule(path)
        if rule not in RULES:
            unsupported[rule] = unsupported.get(rule, 0) + 1
        elif path.name not in NOT_REPRODUCED:
            reproduced[rule] = reproduced.get(rule, 0) + 1
    assert reproduced == EXPECTED_REPRODUCED
    assert unsupported == UNSUPPORTED_RULES
    assert set(NOT_REPRODUCED) <= {p.name for p in SUPPORTED}


def test_assen_add1_has_no_greedy_completion():
    """Pabulib's ``equalshares/add1`` stops after add1: greedy completion would add project 7."""
    inst = read(PABULIB_DIR / "Netherlands_Assen_2024.pb")
    assert set(compute(inst, "equalshares/add1/greedy")) - inst.selected_ids() == {"7"}
