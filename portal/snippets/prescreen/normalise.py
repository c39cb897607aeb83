"""Text normalisation for screening: the same form for the submitted text and the word lists.

Every character of the normalised text remembers where it came from, so a match is reported
at its position in what the citizen wrote.
"""

import unicodedata
from dataclasses import dataclass
from functools import cached_property

# Invisible characters used to split a word so that a plain search misses it.
INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff")
THAI_DIGITS = {chr(0x0E50 + n): str(n) for n in range(10)}
# Characters a writer puts between letters to break a word up ("เ.ล.ื.อ.ก"): ignored in the
# compact form that substring matching uses.
SEPARATORS = frozenset(" \t\r\n-_.,*|/\\'\"~+:;·•")
THAI_RANGE = ("\u0e00", "\u0e7f")


def is_thai(char):
    return THAI_RANGE[0] <= char <= THAI_RANGE[1]


def has_thai(text):
    return any(is_thai(char) for char in text)


def is_combining(char):
    return unicodedata.category(char) == "Mn"


def _normalised_chars(source):
    """Yield (character, index in source) after every rule but the collapsing of repeats."""
    for index, char in enumerate(source):
        if char in INVISIBLE:
            continue
        if char.isspace():
            yield " ", index
            continue
        char = THAI_DIGITS.get(char, char)
        for lowered in char.lower():
            yield lowered, index


@dataclass(frozen=True)
class NormalisedText:
    """The normalised form of a text and, for each of its characters, the source position."""

    source: str
    text: str
    origin: tuple

    def source_span(self, start, end):
        """The (start, end) in ``source`` of the normalised characters start..end-1."""
        return self.origin[start], self.origin[end - 1] + 1

    @cached_property
    def compact(self):
        """The text without separators, and for each character its index in ``text``."""
        chars, positions = [], []
        for position, char in enumerate(self.text):
            if char not in SEPARATORS:
                chars.append(char)
                positions.append(position)
        return "".join(chars), tuple(positions)


def normalise(raw):
    """NFC; invisible characters dropped; whitespace as one kind of space; Thai digits as
    Arabic; lower case; a repeated combining mark kept once and any other character repeated
    three or more times kept twice ("โง่ววว" → "โง่วว", while the legitimate doubles of
    "ถนน" and "พรรค" survive). Digits are never collapsed: they may be an ID number."""
    source = unicodedata.normalize("NFC", raw or "")
    chars, origin = [], []
    for char, index in _normalised_chars(source):
        if chars and char == chars[-1] and not char.isdigit():
            if is_combining(char) or (len(chars) >= 2 and chars[-2] == char):
                continue
        chars.append(char)
        origin.append(index)
    return NormalisedText(source=source, text="".join(chars), origin=tuple(origin))


def compact_key(word):
    """The form a word-list entry is searched for in a text's compact form."""
    return normalise(word).compact[0]
