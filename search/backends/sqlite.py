"""SQLite FTS5 over segmented Thai, for development and the demo.

FTS5's ``unicode61`` tokenizer splits on spaces and punctuation, so the segmented text (words
and inner words, one after the other: FTS5 has no weights) is indexed word by word.
"""

from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
)
from modelsearch.utils import get_content_type_pk

from search.analysis import index_text

from .fields import TextFieldsOnly, indexers_for
from .query import ThaiQueryMixin


def segmented(text):
    analysis = index_text(text)
    return f"{analysis.words} {analysis.inner}".strip()


class ThaiObjectIndexer(TextFieldsOnly, ObjectIndexer):
    @property
    def segmented_title(self):
        return segmented(self.title)

    @property
    def segmented_body(self):
        return segmented(self.body)

    @property
    def segmented_autocomplete(self):
        return segmented(self.autocomplete)


class ThaiSQLiteIndex(SQLiteIndex):
    indexer_class = ThaiObjectIndexer

    def add_items(self, model, objs):
        """modelsearch's ``SQLiteIndex.add_items`` with the segmented texts of ``indexer_class``."""
        indexers = indexers_for(self, model, objs)
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {
            indexer.id: (indexer.segmented_title, indexer.segmented_autocomplete, indexer.segmented_body)
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        existing = set(entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True))
        for object_id in existing:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(title=title, autocomplete=autocomplete, body=body)
        self.entries.bulk_create(
            IndexEntry(content_type_id=content_type_pk, object_id=object_id, title=title,
                       autocomplete=autocomplete, body=body)
            for object_id, (title, autocomplete, body) in data.items()
            if object_id not in existing
        )
        self._refresh_title_norms()


class ThaiSQLiteSearchBackend(ThaiQueryMixin, SQLiteSearchBackend):
    index_class = ThaiSQLiteIndex
    higher_score_is_better = False  # bm25: the lower, the better
