"""System check: PostgreSQL's text parser must keep a Thai word in one piece.

The index relies on the database's parser to split segmented text at spaces only. PostgreSQL
decides what a letter is from the database's LC_CTYPE: with C.UTF-8 (or an ICU locale) every
Thai character is a letter; a libc locale that does not count Thai vowel and tone marks as
letters would cut "หมู่บ้าน" at its marks. Checked with ``manage.py check --database default``
and before every ``migrate``.
"""

from django.core.checks import Tags, Warning, register
from django.db import connections

PROBE = "หมู่บ้าน"


@register(Tags.database)
def thai_words_stay_whole(app_configs=None, databases=None, **kwargs):
    problems = []
    for alias in databases or []:
        connection = connections[alias]
        if connection.vendor != "postgresql":
            continue
        with connection.cursor() as cursor:
            cursor.execute("SELECT array_length(tsvector_to_array(to_tsvector('simple', %s)), 1)", [PROBE])
            pieces = cursor.fetchone()[0]
        if pieces != 1:
            problems.append(Warning(
                f"PostgreSQL's text parser cuts the Thai word {PROBE!r} into {pieces} pieces: Thai search "
                "will match parts of words.",
                hint="Create the database with LC_CTYPE 'C.UTF-8' (see docs/search.md).",
                id="search.W001",
            ))
    return problems
