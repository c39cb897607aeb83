"""SQLite's full-text table, made fit for Thai (nothing to do on PostgreSQL).

The FTS5 table is re-created with a tokenizer that keeps Thai vowel and tone marks in their
words. FTS5's default ``unicode61`` treats those marks as separators and strips some as
diacritics, so "หมู่บ้าน" was stored as "หม", "บ", "าน" and "ดี" (good) as "ด".
"""

from django.db import migrations

# Thai combining vowels and marks: MAI HAN-AKAT, SARA I to PHINTHU, MAITAIKHU to YAMAKKAN.
THAI_MARKS = "\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B))) + "".join(map(chr, range(0x0E47, 0x0E4F)))
THAI_TOKENIZER = f"unicode61 remove_diacritics 0 tokenchars '{THAI_MARKS}'"


def _table(apps):
    return apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table


def _rebuild_fts(schema_editor, table, tokenizer):
    fts = f"{table}_fts"
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [fts])
        if cursor.fetchone() is None:
            return  # SQLite without FTS5: Wagtail uses its substring fallback
    option = f', tokenize="{tokenizer}"' if tokenizer else ""
    schema_editor.execute(f"DROP TABLE {fts}")
    schema_editor.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(autocomplete, body, title{option})")
    schema_editor.execute(
        f"INSERT INTO {fts} (rowid, autocomplete, body, title) SELECT id, autocomplete, body, title FROM {table}"  # noqa: S608
    )


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        _rebuild_fts(schema_editor, _table(apps), THAI_TOKENIZER)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        _rebuild_fts(schema_editor, _table(apps), None)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_searchable_ideas_and_comments"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
