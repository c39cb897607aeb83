"""Precision and recall of the pre-screen with the central starter list, over a Thai test set.

The set (tests/snippets/data/prescreen_th.csv) holds realistic local-government sentences with
the verdict a moderator would want. It was written together with the starter list, so it
proves the design works and guards against regressions; it does not measure the list on
unseen text. The figures are quoted in docs/moderation.md.
"""

import csv
from pathlib import Path

import pytest

from portal.snippets.prescreen import screen

TEST_SET = Path(__file__).resolve().parents[1] / "data" / "prescreen_th.csv"


@pytest.mark.django_db
def test_precision_and_recall_over_the_thai_test_set():
    rows = list(csv.DictReader(open(TEST_SET, encoding="utf-8")))
    assert len(rows) >= 40
    true_pos = false_pos = false_neg = wrong_category = 0
    for row in rows:
        verdict = screen(row["text"])
        expected = row["held"] == "yes"
        true_pos += verdict.held and expected
        false_pos += verdict.held and not expected
        false_neg += expected and not verdict.held
        if expected and verdict.held:
            wanted = set(row["category"].split(";"))
            wrong_category += not wanted <= {str(category) for category in verdict.categories}
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    print(
        f"\nprescreen test set: {len(rows)} sentences, {true_pos + false_neg} to hold; "
        f"precision {precision:.3f}, recall {recall:.3f}, wrong category {wrong_category}"
    )
    assert precision >= 0.9
    assert recall >= 0.9
    assert wrong_category == 0


def test_the_set_has_each_kind_of_sentence():
    rows = list(csv.DictReader(open(TEST_SET, encoding="utf-8")))
    categories = {category for row in rows for category in row["category"].split(";") if category}
    assert categories == {"offensive", "campaign", "personal_gain", "personal_data"}
    assert sum(row["held"] == "no" for row in rows) >= 20
