"""PostgreSQL full-text search over segmented Thai.

Each entry of Wagtail's index table holds three vectors, built here from the segmented text
(``search.analysis.index_text``) and parsed with the backend's configuration (``english``: it
stems English words and leaves Thai ones as they are):

- ``title``: the title's words (weight A when boosted, as in Wagtail) and its inner words (one
  weight lower). Used for ranking only.
- ``body``: *every* field, the title included, words and inner words. A query matches when the
  body matches, so one GIN index (Wagtail's own, on ``body``) answers the match; Wagtail's
  stock query tests ``title || body``, which builds a new vector for every row it looks at.
- ``autocomplete``: the autocomplete fields, for Wagtail's choosers.

Rows are written with one INSERT ... ON CONFLICT per chunk, the SQL written out directly (no
ORM expression per field), and relations that hold only filter fields are not read at all.
"""

from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache
from django.db.models import Avg, BigIntegerField, F, FloatField, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Length
from django.utils import timezone

from modelsearch.backends.base import get_model_root
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search.analysis import index_text
from search.scope_words import model_word, search_date, week_number, week_word

from .fields import TextFieldsOnly, indexers_for
from .query import ScopeWords, ThaiQueryMixin

TITLE_LENGTH_AVERAGE_KEY = "search:title-length-average"
INTEGER_KEYS = {"AutoField", "BigAutoField", "IntegerField", "BigIntegerField", "PositiveIntegerField"}
# Inner words count less than the words as written: a title's inner words weigh like a body.
# Newest first: windows of the last weeks searched in turn (None: all time), and the most
# matches a window may hold (more: every match is sorted by the database instead).
WINDOWS = (2, 8, 32, 128, 512, None)
WINDOW_CAP = 5000
ONE_WEIGHT_LOWER = {"A": "B", "B": "C", "C": "D", "D": "D"}


class ThaiObjectIndexer(TextFieldsOnly, ObjectIndexer):
    """One object's texts, read once, and the SQL of its vectors."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.values = [
            (field, value)
            for search_field in self.search_fields
            for field, _weight, value in self.prepare_field(obj, search_field)
            if value and value.strip()
        ]

    def _vector(self, texts, config):
        """SQL and parameters of ``setweight(to_tsvector(config, words), weight) || ...``."""
        parts, params = [], []
        for text, weight in texts:
            analysis = index_text(text)
            for words, part_weight in ((analysis.words, weight), (analysis.inner, ONE_WEIGHT_LOWER[weight])):
                if words:
                    parts.append("setweight(to_tsvector(%s::regconfig, %s), %s)")
                    params.extend((config, words, part_weight))
        if not parts:
            return "''::tsvector", []
        return " || ".join(parts), params

    def _texts(self, kind):
        for field, value in self.values:
            if kind == "autocomplete":
                if isinstance(field, AutocompleteField):
                    yield value, "D"
            elif isinstance(field, SearchField) and (kind == "body" or field.field_name == "title"):
                yield value, get_weight(field.boost)

    def vectors(self):
        """(SQL, params) of the title, autocomplete and body vectors, in that order; the body
        also carries the model's word and the week of the object's date (``search.scope_words``)."""
        body = [*self._texts("body"), (model_word(type(self.obj)), "D")]
        date = search_date(self.obj)
        if date is not None:
            body.append((week_word(week_number(date)), "D"))
        return [
            self._vector(self._texts("title"), self.config),
            self._vector(self._texts("autocomplete"), self.autocomplete_config),
            self._vector(body, self.config),
        ]

    def plain_text(self, title):
        return " ".join(value.strip() for field, value in self.values
                        if isinstance(field, SearchField) and (field.field_name == "title") == title)


class ThaiPostgresIndex(PostgresIndex):
    indexer_class = ThaiObjectIndexer

    def add_items(self, model, objs):
        """Write the entries of ``objs`` (one model) in one statement, then their title norms."""
        indexers = indexers_for(self, model, objs)
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        rows, params = [], []
        for indexer in indexers:
            (title, title_params), (autocomplete, autocomplete_params), (body, body_params) = indexer.vectors()
            rows.append(f"(%s, %s, {title}, {autocomplete}, {body}, 1.0, %s, %s)")
            params.extend((content_type_pk, indexer.id, *title_params, *autocomplete_params, *body_params,
                           indexer.plain_text(title=True), indexer.plain_text(title=False)))
        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm,
                                     title_text, body_text)
                VALUES {", ".join(rows)}
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body, title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,  # noqa: S608 (the table name comes from the model; values are parameters)
                params,
            )
            self._set_title_norms(cursor, content_type_pk, [indexer.id for indexer in indexers])

    def _set_title_norms(self, cursor, content_type_pk, object_ids):
        """The title norm (average title length ÷ this title's length) of the rows just written.

        modelsearch recomputes the average over the whole index and scans it for new rows after
        every save, two full scans per published idea; here the average is cached for an hour
        (a full rebuild recomputes every norm exactly) and only the rows written are updated."""
        average = cache.get(TITLE_LENGTH_AVERAGE_KEY)
        if average is None:
            average = self.entries.annotate(length=Length("title")).filter(length__gt=0).aggregate(
                average=Avg("length"))["average"] or 1.0
            cache.set(TITLE_LENGTH_AVERAGE_KEY, average, 3600)
        cursor.execute(
            f"UPDATE {IndexEntry._meta.db_table} SET title_norm = %s / length(title) "  # noqa: S608
            "WHERE content_type_id = %s AND object_id = ANY(%s) AND length(title) > 0",
            [average, content_type_pk, object_ids],
        )

    def _refresh_title_norms(self, full=False):
        super()._refresh_title_norms(full=full)
        if full:
            cache.delete(TITLE_LENGTH_AVERAGE_KEY)


class ThaiPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_index_vectors(self, search_query):
        """Rank by the title vector only (× its norm: short titles first): the title is small
        and stored inline, while ranking by the body would read and decompress the body vector
        of every match, most of a search's time when a common word matches thousands of ideas.
        Matches without the words in their title rank equal, newest first."""
        return [(F("index_entries__title"), F("index_entries__title_norm"))]

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, ScopeWords):
            return Value(0.0, output_field=FloatField())  # every result has them: they rank nothing
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def _by_entry(self):
        """Whether this query is answered through the entries' GIN index (below), not
        modelsearch's own way (match-all, fuzzy, chosen fields, keys that are not integers)."""
        if (
            isinstance(self.query, MatchAll | Fuzzy)
            or self.fields is not None
            or (isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll))
        ):
            return False
        return self.queryset.model._meta.pk.get_internal_type() in INTEGER_KEYS

    def _entries(self, config, search_query=None):
        """The index entries of the queryset's model that match the query (``search_query``:
        the query's tsquery, when already built)."""
        if search_query is None:
            search_query = self.build_tsquery(self.query, config=config)
        model = SearchQuery(Lexeme(model_word(self.queryset.model)), search_type="raw", config=config)
        entries = IndexEntry._default_manager.using(self.queryset.db).filter(body=search_query & model)
        concrete = self.queryset.model._meta.concrete_model
        if concrete is not get_model_root(concrete):
            # A page type, say: its family's word matches every page. For a whole family the
            # word says it all, and PostgreSQL is not tempted to AND the GIN index's matches
            # with a bitmap of every entry of the model (100,000 ideas: 4 ms a query).
            entries = entries.filter(
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
            )
        return entries

    def search(self, config, start, stop, score_field=None, backend=None):
        """Find the matching index entries first, through the GIN index on the body vector
        (which holds every field), then the objects by primary key.

        modelsearch joins every object of the queryset to its entry and tests
        ``title || body`` row by row: an LAO's 2,000 ideas cost 2,000 entry lookups, and the
        concatenation builds a new vector each time. Here the database reads only the entries
        that match (scope words make that a handful, see ``search.scope_words``) and looks the
        objects up by key; the join to the entry stays, for ranking the results only.

        Unranked, in the queryset's own order (newest first, when a common word matches too
        many to rank), see ``_first_in_order``."""
        if not self._by_entry():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        entries = self._entries(config, search_query)
        rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
        queryset = None
        if not self.order_by_relevance and self.queryset.query.order_by and stop is not None:
            keys = self._first_in_order(entries, stop, config)
            if keys is not None:
                queryset = self.queryset.filter(pk__in=keys)
        if queryset is None:
            queryset = self.queryset.filter(pk__in=entries.values(key=Cast("object_id", BigIntegerField())))
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    def _first_in_order(self, entries, stop, config):
        """The keys of the first ``stop`` matching objects in the queryset's order (one date
        field, newest first), or None when that cannot be worked out from a few thousand.

        A search unranked (newest first) is one whose words match more than a search ranks,
        often thousands. Sorting them all by date costs a lookup per match, and PostgreSQL
        picks its plan from an estimate of the matches that multiplies each word's frequency:
        far too low for words that go together ("ผัก ปลอด สารพิษ": 156 estimated, 7,794 found), so
        it would hash every match and sort it. Instead the GIN index is asked for the matches
        of the last two weeks (by the week words every entry carries), then of the last 8, 32,
        128 and 512 weeks, then of all time, until a window holds ``stop`` matches in scope:
        those are sorted here and are the newest, since everything older lies outside it."""
        ordering = self.queryset.query.order_by
        if len(ordering) != 1 or not isinstance(ordering[0], str) or not ordering[0].startswith("-"):
            return None
        field = ordering[0][1:]
        this_week = week_number(timezone.now())
        for weeks in WINDOWS:
            window = entries
            if weeks is not None:
                words = [week_word(this_week - n) for n in range(weeks)]
                window = entries.filter(body=SearchQuery(" | ".join(words), search_type="raw", config=config))
            keys = window.values(key=Cast("object_id", BigIntegerField()))
            rows = list(
                self.queryset.order_by().filter(pk__in=keys).values_list("pk", field)[: WINDOW_CAP + 1]
            )
            if len(rows) > WINDOW_CAP:
                return None
            if len(rows) >= stop or weeks is None:
                # Newest first, undated last (they compare among themselves only), then by key.
                rows.sort(
                    key=lambda row: (row[1] is not None, row[1] if row[1] is not None else 0, row[0]),
                    reverse=True,
                )
                return [key for key, _date in rows[:stop]]
        return None

    def capped_count(self, backend, cap):
        """How many objects match, counting no further than ``cap``.

        Read from the matching entries, each object looked up by key (again a scalar subquery,
        so that the count stops at ``cap`` entries whatever PostgreSQL estimates): a common
        word costs ``cap`` lookups, not a hash of every match."""
        config = self.get_config(backend)
        if not self._by_entry():  # modelsearch's own matching (fuzzy, chosen fields...)
            return self.search(config, None, None, backend=backend).order_by().values("pk")[:cap].count()
        visible = (
            self.queryset.order_by()
            .filter(pk=Cast(OuterRef("object_id"), BigIntegerField()))
            .values(one=Value(1))[:1]
        )
        matching = self._entries(config).alias(_visible=Subquery(visible)).filter(_visible__isnull=False)
        return matching.values("pk")[:cap].count()


class ThaiPostgresSearchBackend(ThaiQueryMixin, PostgresSearchBackend):
    query_compiler_class = ThaiPostgresSearchQueryCompiler
    index_class = ThaiPostgresIndex

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "english", **params})
