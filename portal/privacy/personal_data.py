"""Everything the portal keeps about a person, to export it or to erase it.

Each app that keeps personal data registers a source: a name, a function that exports the
person's data as JSON-ready values, and a function that erases or anonymises it (keeping
anonymous counts) and returns how many rows it touched. ``export_person`` and
``erase_person`` run every source; erasing finally deletes the account itself.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from .models import ErasureRecord


@dataclass(frozen=True)
class Source:
    name: str
    export: object  # callable(user) -> JSON-ready value
    erase: object  # callable(user) -> int (rows erased or anonymised)


SOURCES = {}


def register_source(name, export, erase):
    SOURCES[name] = Source(name, export, erase)


def export_person(user):
    data = {"format": "ruamkhit-personal-data/1"}
    for name, source in sorted(SOURCES.items()):
        data[name] = source.export(user)
    return data


@transaction.atomic
def erase_person(user, requested_by_self=True):
    """Erase a person: every source, then the account. Returns the ErasureRecord."""
    summary = {}
    for name, source in sorted(SOURCES.items()):
        summary[name] = source.erase(user)
    get_user_model().objects.filter(pk=user.pk).delete()
    return ErasureRecord.objects.create(requested_by_self=requested_by_self, summary=summary)
