"""Scope words: which model, and which LAO, province and kind of LAO, an entry belongs to.

Each indexed idea and comment carries three made-up words ("xscopelao42", "xscopeprovince81",
"xscopekindsubdistrictadminorg") among the words of its text. A search on an LAO's site adds
that LAO's word to the query, so PostgreSQL's GIN index answers "this word, in this LAO" from
its own lists (a few dozen rows read) instead of checking every idea of the LAO one by one
(2,000 rows for a busy LAO). They only narrow a search: ``search.scope`` still filters every
result by its LAO, state and consultation, so a stale word can hide a result, never show one.
"""

PREFIX = "xscope"


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
