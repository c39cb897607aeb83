"""Showing why a result matched: the query's words marked in its title and in a short excerpt.

A query word is marked where it runs from one syllable boundary of the text to another, as the
index's inner words do (``search.analysis``): a whole word, or a word inside a compound ("บ้าน"
in "หมู่บ้าน"), never part of a syllable ("นา" in "นาน"). Only a short window of a long text is
looked at, so a long page costs no more than a short one.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import THAI_RUN, clean, fold, syllable_boundaries

EXCERPT_CHARS = 220
LEAD_CHARS = 60
# An excerpt comes from the start of a text: a long page's match further on is not looked for.
LOOK_CHARS = 4000
SPACES = re.compile(r"\s+")


ASCII_WORD = re.compile(r"[a-z0-9]+(?:[-.'][a-z0-9]+)*")


def _english_match(word, terms):
    """The database stems English, so "roads" finds "road": a shared start of 4 letters will do."""
    return word in terms or any(min(len(term), len(word)) >= 4 and (word.startswith(term) or term.startswith(word))
                                for term in terms)


def _spans(text, terms):
    """(start, end) of each match of the query's words in ``text``."""
    folded = fold(text)
    thai = [term for term in terms if THAI_RUN.search(term)]
    english = [term for term in terms if term.isascii()]
    spans = []
    for term in thai:
        position = folded.find(term)
        while position >= 0:
            spans.append((position, position + len(term)))
            position = folded.find(term, position + 1)
    if spans:
        bounds = syllable_boundaries(folded, around=[start for start, _ in spans])
        spans = [(start, end) for start, end in spans if start in bounds and end in bounds]
    if english:
        spans.extend(match.span() for match in ASCII_WORD.finditer(folded) if _english_match(match.group(), english))
    return sorted(spans)


def _marked(text, terms):
    """``text`` escaped, with the spans of the query's words in <mark>."""
    merged = []
    for start, end in _spans(text, terms):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, position = [], 0
    for start, end in merged:
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return "".join(out)


def highlight(text, terms):
    """The whole of a short text (a title) with the query's words marked."""
    return mark_safe(_marked(SPACES.sub(" ", clean(text)).strip(), set(terms)))  # noqa: S308 (escaped above)


def excerpt(text, terms, length=EXCERPT_CHARS):
    """About ``length`` characters of ``text`` around the first of the query's words, marked."""
    text = SPACES.sub(" ", clean(text[:LOOK_CHARS])).strip()
    if not text:
        return ""
    folded = fold(text)
    found = [position for position in (folded.find(term) for term in terms) if position >= 0]
    start = max(0, min(found) - LEAD_CHARS) if found else 0
    if start:
        space = text.find(" ", start, start + 20)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", end - 20, end)
        end = space if space > start else end
    body = _marked(text[start:end], set(terms))
    return mark_safe(("… " if start else "") + body + (" …" if end < len(text) else ""))  # noqa: S308
