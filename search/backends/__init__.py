"""The portal's search backend: Wagtail's database backend with Thai word segmentation.

Set as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"``. Like
``modelsearch.backends.database`` it picks the implementation for the default database:
PostgreSQL full-text search in production, SQLite's FTS5 in development, and the substring
fallback where FTS5 is missing. Each one analyses text and queries with ``search.analysis``
(see docs/search.md for why a backend and not per-field preprocessing).
"""

from django.db import connection


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks up in a backend module)
    if connection.vendor == "postgresql":
        from .postgres import ThaiPostgresSearchBackend

        return ThaiPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

        if fts5_available() and fts_table_exists():
            from .sqlite import ThaiSQLiteSearchBackend

            return ThaiSQLiteSearchBackend(params)
    from .fallback import ThaiFallbackSearchBackend

    return ThaiFallbackSearchBackend(params)
