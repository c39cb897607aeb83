"""PostgreSQL full-text search over segmented Thai.

The index holds, for every field, its words as ``search.analysis.index_text`` cuts them (at the
field's weight) and its inner words (one weight lower), parsed by the backend's text search
configuration: ``english`` by default, which stems English words and leaves Thai ones as they
are. Queries are cut the same way (``ThaiQueryMixin``).
"""

from django.core.cache import cache
from django.db.models import Avg
from django.db.models.functions import Length
from django.db.models.sql.subqueries import InsertQuery

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
)
from modelsearch.utils import get_content_type_pk

from search.analysis import index_text

from .query import ThaiQueryMixin

TITLE_LENGTH_AVERAGE_KEY = "search:title-length-average"
# Inner words count less than the words as written: a title's inner words weigh like a body.
ONE_WEIGHT_LOWER = {"A": "B", "B": "C", "C": "D", "D": "D"}


class ThaiObjectIndexer(ObjectIndexer):
    """modelsearch's indexer, with each text segmented before it becomes a tsvector."""

    def as_vector(self, texts, for_autocomplete=False):
        analysed = []
        for text, weight in texts:
            analysis = index_text(text)
            analysed.append((analysis.words, weight))
            if analysis.inner:
                analysed.append((analysis.inner, ONE_WEIGHT_LOWER[weight]))
        return super().as_vector(analysed, for_autocomplete=for_autocomplete)


class ThaiPostgresIndex(PostgresIndex):
    indexer_class = ThaiObjectIndexer

    def add_items(self, model, objs):
        """modelsearch's ``PostgresIndex.add_items`` with ``indexer_class`` in place of its
        module-level ``ObjectIndexer``: one INSERT ... ON CONFLICT for the whole chunk, then
        the title norms of those rows."""
        if not model.get_search_fields():
            return
        indexers = [self.indexer_class(obj, self.backend) for obj in objs]
        if not indexers:
            return

        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(IndexEntry._meta.get_field(name), getattr(indexer, name))
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")

        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm,
                                     title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body, title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,  # noqa: S608 (table name from the model, values as parameters)
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


class ThaiPostgresSearchBackend(ThaiQueryMixin, PostgresSearchBackend):
    index_class = ThaiPostgresIndex

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "english", **params})
