"""``screen()``: the pre-screen of a citizen's idea or comment before publication."""

from .matching import WordMatcher
from .normalise import normalise
from .personal_data import find_personal_data
from .verdict import Verdict
from .word_lists import word_lists_for


def screen_against(text, word_lists):
    """Screen ``text`` against compiled word lists (no database or cache involved)."""
    normalised = normalise(text)
    reasons = find_personal_data(normalised)
    reasons += WordMatcher(normalised).reasons(word_lists)
    return Verdict.from_reasons(reasons)


def screen(text, authority=None):
    """Screen ``text`` with the DLA's central word list and, given an LAO (an ``Authority`` or
    its id), that LAO's own list. Returns a ``Verdict``: a held text waits for a moderator,
    who sees the reasons; nothing is discarded here."""
    return screen_against(text, word_lists_for(authority))
