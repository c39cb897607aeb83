"""Without full-text search (SQLite built without FTS5): substring matching of the query's words."""

from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.query import MatchAll

from .query import ScopeWords, ThaiQueryMixin


class ThaiFallbackSearchBackend(ThaiQueryMixin, DatabaseSearchBackend):
    """Each word of the query must occur in one of the model's own text fields. Unspaced Thai
    needs no index here: a word is a substring of the text it occurs in."""

    segment_phrases = False

    def analyse_query(self, query):
        if isinstance(query, ScopeWords):
            return MatchAll()  # no index holds them here; the querysets' filters scope the search
        return super().analyse_query(query)
