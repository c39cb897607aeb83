"""The portal's search backend: Wagtail's database backend with Thai word segmentation.

Set as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"``. Like
``modelsearch.backends.database`` it picks the implementation for the default database:
PostgreSQL full-text search in production, SQLite's FTS5 in development, and the substring
fallback where FTS5 is missing. Each one analyses text and queries with ``search.analysis``
(see docs/search.md for why a backend and not per-field preprocessing).
"""

from functools import cache

from django.db import connection


@cache
def _sqlite_has_fts():
    """Whether SQLite has FTS5 and its table exists: asked once per process, like modelsearch."""
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    return fts5_available() and fts_table_exists()


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks up in a backend module)
    if connection.vendor == "postgresql":
        from .postgres import ThaiPostgresSearchBackend

        return ThaiPostgresSearchBackend(params)
    if connection.vendor == "sqlite" and _sqlite_has_fts():
        from .sqlite import ThaiSQLiteSearchBackend

        return ThaiSQLiteSearchBackend(params)
    from .fallback import ThaiFallbackSearchBackend

    return ThaiFallbackSearchBackend(params)
