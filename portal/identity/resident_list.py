"""An LAO's resident list: national IDs (and villages) from a CSV or XLSX, kept as keyed hashes only.

The file's first sheet has one resident per row: the national ID and, optionally, the village
number (หมู่ที่). A header row is optional; it may name the columns in English or Thai
(national_id / เลขประจำตัวประชาชน, village / หมู่ที่); other columns are ignored and never
stored. Every row is checked before anything is written: one bad row (wrong length, bad check
digit, a village the LAO does not have) and nothing is stored, and the errors name their rows
as the spreadsheet numbers them. The same ID twice is fine; with two different villages it is
an error.

``store_resident_list`` replaces the LAO's list (the default: a new list supersedes the last)
or adds to it, in batches; standings already granted from an earlier list are kept until they
expire or an officer revokes them.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.utils.translation import gettext as _

from portal.pages.budget_import import BudgetFileError, RowError, read_table

from . import national_id
from .audit import log_event
from .identity_records import record_identity
from .models import EventAction, ResidentListEntry, StandingKind, VerificationMethod
from .standings import grant_standing

BATCH_SIZE = 5000
MAX_LISTED_ERRORS = 200
ID_HEADERS = {"nationalid", "national_id", "id", "pid", "citizenid", "idcard",
              "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขบัตร", "บัตรประชาชน", "เลขประชาชน"}
VILLAGE_HEADERS = {"village", "villageno", "villagenumber", "village_number", "moo",
                   "หมู่", "หมู่ที่", "หมู่บ้าน", "หมู่บ้านที่"}
_VILLAGE_NUMBER = re.compile(r"\d+")


def _max_rows():
    return getattr(settings, "RESIDENT_LIST_MAX_ROWS", 1_000_000)


def _key(text):
    return re.sub(r"[\s.]+", "", str(text or "")).lower()


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass
class ResidentListImport:
    """What a file holds: entries (hash → village id) or errors, never both."""

    entries: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    error_count: int = 0
    rows_read: int = 0
    duplicates: int = 0

    @property
    def ok(self):
        return not self.error_count and bool(self.entries)

    def add_error(self, row, message):
        self.error_count += 1
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.append(RowError(row, message))

    @property
    def unlisted_errors(self):
        return self.error_count - len(self.errors)


def _columns(first_row):
    """(id column, village column or None, whether the first row is a header)."""
    cells = [_cell(c) for c in first_row]
    if cells and national_id.normalise(cells[0]).isdigit():
        return 0, (1 if len(cells) > 1 else None), False
    id_column = village_column = None
    for index, text in enumerate(cells):
        key = _key(text)
        if key in ID_HEADERS and id_column is None:
            id_column = index
        elif key in VILLAGE_HEADERS and village_column is None:
            village_column = index
    return id_column, village_column, True


def parse_rows(table, authority):
    """Check every row of ``table`` against ``authority``'s villages."""
    result = ResidentListImport()
    rows = [(number, cells) for number, cells in enumerate(table, start=1) if any(_cell(c) for c in cells)]
    if not rows:
        result.add_error(0, _("The file is empty."))
        return result
    id_column, village_column, has_header = _columns(rows[0][1])
    if id_column is None:
        result.add_error(rows[0][0], _("no national ID column: name it national_id or เลขประจำตัวประชาชน, "
                                       "or put the IDs in the first column without a header"))
        return result
    if has_header:
        rows = rows[1:]
    if not rows:
        result.add_error(0, _("The file has no residents under its header row."))
        return result
    if len(rows) > _max_rows():
        result.add_error(0, _("The file has more than %(max)d rows.") % {"max": _max_rows()})
        return result

    villages = dict(authority.villages.values_list("number", "id"))
    hash_one = national_id.hasher()
    first_row_of = {}
    entries = result.entries
    for number, cells in rows:
        result.rows_read += 1
        raw = _cell(cells[id_column]) if id_column < len(cells) else ""
        problem = national_id.problem(raw)
        if problem:
            result.add_error(number, problem)
            continue
        village_id = None
        village_text = _cell(cells[village_column]) if village_column is not None and village_column < len(cells) else ""
        if village_text:
            match = _VILLAGE_NUMBER.search(national_id.normalise(village_text))
            village_id = villages.get(int(match.group())) if match else None
            if village_id is None:
                result.add_error(number, _("“%(village)s” is not one of this LAO's villages")
                                 % {"village": village_text[:20]})
                continue
        digest = hash_one(national_id.normalise(raw))
        if digest in entries:
            if entries[digest] != village_id:
                result.add_error(number, _("this person is listed again with another village (first at row "
                                           "%(row)d)") % {"row": first_row_of[digest]})
            else:
                result.duplicates += 1
            continue
        entries[digest] = village_id
        first_row_of[digest] = number
    if result.error_count:
        result.entries = {}
    return result


def parse_resident_file(name, data, authority):
    """Parse an uploaded file's name and bytes; a file that cannot be read is a row-0 error."""
    try:
        table = read_table(name, data)
    except BudgetFileError as error:
        result = ResidentListImport()
        result.add_error(0, str(error))
        return result
    return parse_rows(table, authority)


def _delete_list(authority):
    # One DELETE statement: QuerySet.delete() would load all the rows first, because some
    # installed app listens to every model's delete signals; no signal concerns these rows.
    table = connection.ops.quote_name(ResidentListEntry._meta.db_table)
    column = connection.ops.quote_name(ResidentListEntry._meta.get_field("authority").column)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {column} = %s", [authority.pk])


@transaction.atomic
def store_resident_list(authority, parsed, *, by=None, replace=True):
    """Write a parsed list: replace the LAO's list (default) or add to it. Returns the list's size."""
    if not parsed.ok:
        raise ValueError("Only a list without errors can be stored.")
    if replace:
        _delete_list(authority)
    entries = [ResidentListEntry(authority_id=authority.pk, id_hash=digest, village_id=village_id)
               for digest, village_id in parsed.entries.items()]
    options = {} if replace else {
        "update_conflicts": True, "unique_fields": ["authority", "id_hash"], "update_fields": ["village"]
    }
    for start in range(0, len(entries), BATCH_SIZE):
        ResidentListEntry.objects.bulk_create(entries[start:start + BATCH_SIZE], **options)
    size = ResidentListEntry.objects.filter(authority=authority).count()
    log_event(
        EventAction.RESIDENT_LIST_UPLOADED, authority=authority, actor=by,
        method=VerificationMethod.RESIDENT_LIST,
        detail=f"mode={'replace' if replace else 'add'} rows={parsed.rows_read} "
               f"residents={len(entries)} duplicates={parsed.duplicates} list_size={size}",
    )
    return size


def verify_against_resident_list(user, authority, number):
    """Make ``user`` a local of ``authority`` if ``number`` is on its resident list.

    Returns the new Standing, or None when the number is not on the list. Raises
    ``IdentityTaken`` / ``IdentityMismatch`` (see ``record_identity``) and ``ValidationError``
    for a number that is not a national ID.
    """
    digest = national_id.id_hash(number)
    entry = ResidentListEntry.objects.filter(authority=authority, id_hash=digest).select_related("village").first()
    if entry is None:
        log_event(EventAction.RESIDENT_NOT_LISTED, authority=authority, actor=user, subject=user,
                  method=VerificationMethod.RESIDENT_LIST)
        return None
    record_identity(user, number, VerificationMethod.RESIDENT_LIST, authority=authority)
    return grant_standing(user, authority, StandingKind.LOCAL, method=VerificationMethod.RESIDENT_LIST,
                          village=entry.village, by=None)
