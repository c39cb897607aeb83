"""A search whose words match more than it counts shows the newest matches first: the right ones,
in the right order, on every page, whatever the dates, and only the site's own.

With ten results to a page a search counts 500; with two, 100 (``per_page=2``), so 110 ideas
are enough to get there. The ideas are published every 20 days over six years, so the newest
of a page lie in the last week, the last months or further back than the last 256 weeks: each
of the windows the PostgreSQL backend reads in turn (``search.backends.postgres``)."""

import datetime

from django.utils import timezone

import pytest

from ideas.models import Idea, IdeaState
from search.results import search
from search.scope import Scope

from .conftest import make_consultation, thai

COUNT = 110


def add_ideas(authority, consultation, count, newest, every_days=20, title="ถนนลูกรังเป็นหลุมบ่อหมู่ {n}"):
    ideas = []
    for n in range(count):
        published = newest - datetime.timedelta(days=every_days * n, hours=n % 5)
        ideas.append(
            Idea.objects.create(
                authority=authority,
                consultation_key=consultation.translation_key,
                title=title.format(n=n),
                description="รถจักรยานยนต์ล้มบ่อย",
                standing="local",
                state=IdeaState.PUBLISHED,
                submitted_at=published - datetime.timedelta(hours=2),
                published_at=published,
            )
        )
    return ideas


@pytest.fixture
def many_ideas(lao_a, lao_b):
    now = timezone.now()
    ours = add_ideas(lao_a, make_consultation(lao_a), COUNT, now - datetime.timedelta(days=2))
    # Another LAO's ideas, newer than all of ours, and our own unpublished ones: never shown.
    theirs = add_ideas(lao_b, make_consultation(lao_b), 5, now, every_days=1)
    hidden = ours[0:3:2]
    Idea.objects.filter(pk__in=[i.pk for i in hidden]).update(state=IdeaState.HIDDEN)
    for idea in hidden:
        idea.refresh_from_db()
        idea.save()  # leaves the index, as moderation does
    shown = sorted((i for i in ours if i not in hidden), key=lambda i: i.published_at, reverse=True)
    return shown, theirs


def titles(outcome):
    return [result.object.title for result in outcome.results if result.kind == "ideas"]


@pytest.mark.django_db
@pytest.mark.parametrize("page", [1, 2, 5, 20, 50])
def test_an_lao_site_shows_its_newest_matches_first_on_every_page(lao_a, many_ideas, page):
    shown, _theirs = many_ideas
    outcome = search(
        Scope(locale_id=thai(), authority=lao_a), "หลุมบ่อ", kinds=("ideas",), page=page, per_page=2
    )
    assert outcome.newest_first and outcome.more_than_counted
    assert outcome.number == page
    expected = [idea.title for idea in shown[(page - 1) * 2 : page * 2]]
    assert titles(outcome) == expected


@pytest.mark.django_db
def test_the_central_site_shows_the_newest_matches_of_every_lao(lao_a, lao_b, central_site, many_ideas):
    shown, theirs = many_ideas
    outcome = search(Scope(locale_id=thai()), "หลุมบ่อ", kinds=("ideas",), page=1, per_page=2)
    assert outcome.newest_first
    assert titles(outcome) == [theirs[0].title, theirs[1].title]
    outcome = search(Scope(locale_id=thai()), "หลุมบ่อ", kinds=("ideas",), page=3, per_page=2)
    # After the other LAO's five, ours, newest first.
    assert titles(outcome) == [theirs[4].title, shown[0].title]


@pytest.mark.django_db
def test_a_province_shows_only_its_own_newest_matches(lao_a, lao_b, central_site, many_ideas):
    assert lao_a.province_id != lao_b.province_id
    shown, _theirs = many_ideas
    outcome = search(Scope(locale_id=thai(), province=lao_a.province), "หลุมบ่อ", kinds=("ideas",), per_page=2)
    assert titles(outcome) == [shown[0].title, shown[1].title]


@pytest.mark.django_db
def test_fewer_matches_than_counted_are_ranked_not_sorted_by_date(lao_a, many_ideas):
    shown, _theirs = many_ideas
    outcome = search(Scope(locale_id=thai(), authority=lao_a), "หลุมบ่อ หมู่ 7", kinds=("ideas",), per_page=2)
    assert not outcome.newest_first
    assert titles(outcome)[0] == "ถนนลูกรังเป็นหลุมบ่อหมู่ 7"


@pytest.mark.django_db
def test_the_last_weeks_are_read_before_older_ones(lao_a, many_ideas):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("the windows of weeks are how the PostgreSQL backend works")

    from search.scope_words import week_number, week_word

    shown, _theirs = many_ideas
    with CaptureQueriesContext(connection) as queries:
        outcome = search(Scope(locale_id=thai(), authority=lao_a), "หลุมบ่อ", kinds=("ideas",), per_page=2)
    assert titles(outcome) == [shown[0].title, shown[1].title]
    this_week = week_word(week_number(timezone.now()))
    assert any(this_week in query["sql"] for query in queries.captured_queries)


@pytest.mark.django_db
def test_a_window_too_full_to_sort_falls_back_to_the_database(lao_a, many_ideas, monkeypatch):
    from django.db import connection

    from search.backends import postgres

    if connection.vendor != "postgresql":
        pytest.skip("the windows of weeks are how the PostgreSQL backend works")

    monkeypatch.setattr(postgres, "WINDOW_CAP", 3)
    shown, _theirs = many_ideas
    outcome = search(Scope(locale_id=thai(), authority=lao_a), "หลุมบ่อ", kinds=("ideas",), page=7, per_page=2)
    assert titles(outcome) == [shown[12].title, shown[13].title]
