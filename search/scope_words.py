"""Scope words: which model, and which LAO, province and kind of LAO, an entry belongs to.

Each indexed idea and comment carries three made-up words ("xscopelao42", "xscopeprovince81",
"xscopekindsubdistrictadminorg") among the words of its text. A search on an LAO's site adds
that LAO's word to the query, so PostgreSQL's GIN index answers "this word, in this LAO" from
its own lists (a few dozen rows read) instead of checking every idea of the LAO one by one
(2,000 rows for a busy LAO). They only narrow a search: ``search.scope`` still filters every
result by its LAO, state and consultation, so a stale word can hide a result, never show one.
"""

import datetime

from django.utils import timezone

PREFIX = "xscope"
# Week words count weeks from this Monday.
WEEK_ZERO = datetime.date(2000, 1, 3)


def model_word(model):
    """Every entry carries the word of its model's family ("xscopemodelwagtailcorepage" for
    every page type), and the PostgreSQL backend adds it to every query: Wagtail keeps pages,
    ideas, comments, images and documents in one table under one GIN index, and without it a
    search for pages would read the entries of every idea with the word too."""
    from modelsearch.backends.base import get_model_root

    root = get_model_root(model._meta.concrete_model)._meta
    return f"{PREFIX}model{root.app_label}{root.model_name}"


def lao_word(authority_id):
    return f"{PREFIX}lao{authority_id}"


def province_word(province_id):
    return f"{PREFIX}province{province_id}"


def kind_word(kind):
    return f"{PREFIX}kind{kind.replace('_', '')}"


def scope_words(authority):
    """The scope words of content of ``authority``, as text to index."""
    return " ".join((lao_word(authority.pk), province_word(authority.province_id), kind_word(authority.kind)))


def week_number(moment):
    """The week (Monday to Sunday, local time) of a date or datetime, counted from 2000."""
    day = timezone.localdate(moment) if isinstance(moment, datetime.datetime) else moment
    return (day - WEEK_ZERO).days // 7


def week_word(week):
    """Every entry with a date also carries the word of its week ("xscopeweek1403"): a search
    that shows the newest matches first asks for the last weeks' matches before older ones
    (``search.backends.postgres``)."""
    return f"{PREFIX}week{week}"


def search_date(obj):
    """The date a search sorts an object by when newest first: a page's last publication, an
    idea's publication, a comment's submission (``search_date`` of the search models)."""
    date = getattr(obj, "search_date", None)
    if date is None:
        date = getattr(obj, "last_published_at", None) or getattr(obj, "first_published_at", None)
    return date
