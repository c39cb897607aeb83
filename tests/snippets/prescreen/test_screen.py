"""screen() with the lists in the database: the central list, each LAO's own, kept fresh."""

import csv
from pathlib import Path

import pytest

from portal.snippets.models import ScreeningWord
from portal.snippets.moderation_reasons import ModerationReason
from portal.snippets.prescreen import screen

STARTER = Path(__file__).resolve().parents[3] / "portal" / "snippets" / "data" / "starter_screening_words.csv"


@pytest.mark.django_db
def test_migration_seeds_the_central_starter_list():
    rows = list(csv.DictReader(open(STARTER, encoding="utf-8")))
    assert ScreeningWord.objects.central().count() == len(rows) >= 30
    categories = set(ScreeningWord.objects.values_list("category", flat=True))
    assert categories == {"offensive", "campaign", "personal_gain"}


@pytest.mark.django_db
def test_central_list_applies_everywhere():
    verdict = screen("ช่วยกาเบอร์3ให้ผมด้วย ผมจะทำถนนให้")
    assert verdict.held
    assert verdict.categories == {ModerationReason.POLITICAL_CAMPAIGNING}
    assert not screen("ถนนหน้าโรงเรียนเป็นหลุมเป็นบ่อ").held


@pytest.mark.django_db
def test_an_laos_own_words_apply_to_that_lao_only(lao_a, lao_b, lao_words):
    text = "ให้ หจก.อ่าวนางก่อสร้าง ทำถนนเส้นนี้เลย"
    assert screen(text, lao_a).held
    assert screen(text, lao_a.pk).held
    assert not screen(text, lao_b).held
    assert not screen(text).held


@pytest.mark.django_db
def test_lists_are_compiled_once_and_forgotten_when_a_word_changes(lao_a, django_assert_num_queries):
    text = "ทางระบายน้ำอุดตัน ขยะเน่า"
    assert not screen(text, lao_a).held
    with django_assert_num_queries(0):
        screen(text, lao_a)

    word = ScreeningWord.objects.create(word="ขยะเน่า", category="offensive", authority=lao_a)
    assert screen(text, lao_a).held
    word.active = False
    word.save()
    assert not screen(text, lao_a).held
    word.active = True
    word.save()
    assert screen(text, lao_a).held
    word.delete()
    assert not screen(text, lao_a).held

    central = ScreeningWord.objects.central().get(word="กาเบอร์")
    central.delete()
    assert not screen("กาเบอร์ 3").held


@pytest.mark.django_db
def test_personal_data_is_held_and_never_echoed():
    verdict = screen("ยายสมพร เลขบัตร 1-1120-34563-56-2 โทร 089-765-4321")
    assert verdict.held
    assert [r.category for r in verdict.reasons] == [ModerationReason.PERSONAL_DATA] * 2
    assert all("34563" not in r.matched and "765" not in r.matched for r in verdict.reasons)
