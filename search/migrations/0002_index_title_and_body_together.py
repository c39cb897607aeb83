"""A GIN index on ``title || body`` of Wagtail's search index table (PostgreSQL only).

The PostgreSQL backend matches a query against the title and body vectors concatenated
(``(title || body) @@ query``), an expression that Wagtail's GIN indexes on each column alone do
not serve: without this one every search reads every index entry.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS {INDEX} ON "{table}" USING GIN ((title || body))')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_searchable_ideas_and_comments"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
