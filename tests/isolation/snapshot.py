"""Which rows a request changed: a cheap check of which tables it wrote, then a row diff of those.

On PostgreSQL the check is ``pg_stat_xact_user_tables``: rows inserted, updated and deleted per
table in the current transaction, one query whatever the number of tables. On SQLite it is
``total_changes()``, which only says that something changed: then every table is compared.
Each request runs in a savepoint that is rolled back afterwards, so the world the next request
sees is the world that was built, and the diff is always against the same first snapshot.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db import connection


def table_models():
    """Every table Django knows, with its model (auto-created many-to-many tables included)."""
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        tables.setdefault(model._meta.db_table, model)
    return tables


def read_table(model):
    """The table's rows: primary key (as text) -> the row's values, in column order."""
    columns = [f.column for f in model._meta.local_concrete_fields]
    pk = model._meta.pk.column
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(model._meta.db_table)}")
        index = columns.index(pk)
        return {str(row[index]): (tuple(columns), row) for row in cursor.fetchall()}


@dataclass
class Change:
    table: str
    kind: str  # "insert", "update", "delete"
    pk: str
    before: tuple = None
    after: tuple = None
    columns: tuple = ()

    def values(self):
        return dict(zip(self.columns, self.after or self.before or (), strict=True))


class ChangeDetector:
    """The changes since the pristine snapshot, read after each request."""

    def __init__(self, ignore_tables=()):
        self.models = table_models()
        self.ignore = set(ignore_tables)
        self.pristine = {table: read_table(model) for table, model in self.models.items()}
        self.postgres = connection.vendor == "postgresql"

    def counters(self):
        with connection.cursor() as cursor:
            if self.postgres:
                cursor.execute("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables")
                return dict(cursor.fetchall())
            cursor.execute("SELECT total_changes()")
            return {"*": cursor.fetchone()[0]}

    def written_tables(self, before, after):
        moved = {table for table, count in after.items() if count != before.get(table, 0)}
        if not self.postgres:
            return set(self.models) if moved else set()
        return moved & set(self.models)

    def changes(self, tables):
        found = []
        for table in sorted(tables - self.ignore):
            now = read_table(self.models[table])
            then = self.pristine[table]
            for pk in now.keys() - then.keys():
                found.append(Change(table, "insert", pk, after=now[pk][1], columns=now[pk][0]))
            for pk in then.keys() - now.keys():
                found.append(Change(table, "delete", pk, before=then[pk][1], columns=then[pk][0]))
            for pk in now.keys() & then.keys():
                if now[pk][1] != then[pk][1]:
                    found.append(Change(table, "update", pk, before=then[pk][1], after=now[pk][1],
                                        columns=now[pk][0]))
        return found
