"""Queries analysed like the index: the words of a query string are cut with ``newmm``."""

from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText

from search.analysis import phrase_text, query_terms


class ScopeWords(PlainText):
    """Words every result must have that say nothing of its relevance (``search.scope_words``):
    matched like a plain query, never ranked."""

    def __init__(self, query_string):
        super().__init__(query_string, operator="and")


class ThaiQueryMixin:
    """Rewrites every query before the backend compiles it.

    A plain query "ถนนชำรุด" becomes the words "ถนน ชำรุด" (the compilers split on spaces and
    join the words with the query's operator); a phrase becomes its words in order, which the
    index holds in order too. Fuzzy queries and match-all pass unchanged.
    """

    #: Whether higher scores are better (PostgreSQL's ts_rank); SQLite's bm25 is the other way.
    higher_score_is_better = True
    #: Whether phrases are matched word by word (full-text) or as a substring (the fallback).
    segment_phrases = True

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = self.analyse_query(query)
        if query is None:
            return EmptySearchResults()
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)

    def analyse_query(self, query):
        """The query with its text analysed, or None when nothing searchable is left."""
        if isinstance(query, ScopeWords):
            return query  # made-up ASCII words: nothing to analyse
        if isinstance(query, str):
            terms = query_terms(query)
            return " ".join(terms) if terms else None
        if isinstance(query, PlainText):
            terms = query_terms(query.query_string)
            if not terms:
                return None
            return PlainText(" ".join(terms), operator=query.operator, boost=query.boost)
        if isinstance(query, Phrase):
            if not self.segment_phrases:
                return query
            text = phrase_text(query.query_string)
            return Phrase(text) if text else None
        if isinstance(query, Boost):
            subquery = self.analyse_query(query.subquery)
            return Boost(subquery, query.boost) if subquery is not None else None
        if isinstance(query, Not):
            subquery = self.analyse_query(query.subquery)
            return Not(subquery) if subquery is not None else None
        if isinstance(query, And | Or):
            subqueries = [q for q in map(self.analyse_query, query.subqueries) if q is not None]
            if not subqueries:
                return None
            return subqueries[0] if len(subqueries) == 1 else type(query)(subqueries)
        return query
