"""Compiled word lists: the DLA's central list and each LAO's own, cached per process.

Compiling means normalising every entry once. A process keeps the lists it has compiled (the
central list, and up to ``MAX_LISTS`` LAO lists) and checks one shared cache key per screening:
saving or deleting any screening word replaces that key's value, so every process recompiles
on its next screening. The key holds a random token, not a counter, so a cleared cache can
never bring an old token back. Bulk changes that bypass model signals (``QuerySet.update``,
``bulk_create``) must call ``invalidate_word_lists()``.
"""

import re
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .normalise import compact_key, has_thai, is_combining, normalise

VERSION_KEY = "prescreen:word-lists:version"
MAX_LISTS = 512
CENTRAL = "central"


@dataclass(frozen=True)
class Entry:
    """One listed word, prepared for matching."""

    word: str
    category: str
    key: str  # its compact normalised form: what is searched for in Thai text
    thai: bool
    letters: int  # characters that are not combining marks: the length that matters in Thai
    pattern: re.Pattern | None  # whole-word pattern (Latin letters and digits) for entries without Thai


def compile_entry(word, category):
    normalised = normalise(word).text.strip()
    thai = has_thai(normalised)
    pattern = None
    if not thai:
        body = r"\s+".join(re.escape(part) for part in normalised.split())
        # A plural still matches ("idiots"); a longer word does not ("shitake").
        pattern = re.compile(rf"(?<![a-z0-9]){body}(?:e?s)?(?![a-z0-9])")
    key = compact_key(word)
    return Entry(word, category, key, thai, sum(not is_combining(c) for c in key), pattern)


@dataclass(frozen=True)
class WordList:
    entries: tuple

    @classmethod
    def from_rows(cls, rows):
        return cls(tuple(compile_entry(word, category) for word, category in rows if word.strip()))

    def __bool__(self):
        return bool(self.entries)


class _Store:
    def __init__(self):
        self.lock = threading.Lock()
        self.version = None
        self.lists = OrderedDict()

    def current_version(self):
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, None)
            version = cache.get(VERSION_KEY)
        return version

    def get(self, key):
        version = self.current_version()
        with self.lock:
            if version != self.version:
                self.lists.clear()
                self.version = version
            if key in self.lists:
                self.lists.move_to_end(key)
                return self.lists[key]
        word_list = _load(key)
        with self.lock:
            if version == self.version:
                self.lists[key] = word_list
                while len(self.lists) > MAX_LISTS:
                    self.lists.popitem(last=False)
        return word_list


_store = _Store()


def _load(key):
    from ..models import ScreeningWord

    words = ScreeningWord.objects.active()
    words = words.central() if key == CENTRAL else words.filter(authority_id=key)
    return WordList.from_rows(words.values_list("word", "category"))


def word_lists_for(authority=None):
    """The lists that apply: the central one, then the LAO's own if it has any words."""
    lists = [_store.get(CENTRAL)]
    authority_id = getattr(authority, "pk", authority)
    if authority_id is not None:
        own = _store.get(authority_id)
        if own:
            lists.append(own)
    return lists


def invalidate_word_lists():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


@receiver([post_save, post_delete], sender="snippets.ScreeningWord", dispatch_uid="prescreen-invalidate")
def _word_changed(sender, **kwargs):
    invalidate_word_lists()
