"""Showing why a result matched: the query's words marked in its title and in a short excerpt.

Words are found with the same analysis as the index (``search.analysis.word_spans``), so a
match is marked where the search found it: a whole word, or a word inside a compound ("บ้าน"
in "หมู่บ้าน"), never an arbitrary substring. Only a window around the first occurrence is
segmented, so a long page costs no more than a short one.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import clean, fold, word_spans

EXCERPT_CHARS = 220
LEAD_CHARS = 60
SPACES = re.compile(r"\s+")


def _matches(word, terms):
    if word in terms:
        return True
    if word.isascii():  # the database stems English: "roads" finds "road"
        return any(term.isascii() and min(len(term), len(word)) >= 4
                   and (word.startswith(term) or term.startswith(word)) for term in terms)
    return False


def _marked(text, terms):
    """``text`` escaped, with the spans of the query's words in <mark>."""
    spans = sorted((s.start, s.end) for s in word_spans(text) if _matches(s.word, terms))
    merged = []
    for start, end in spans:
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
    text = SPACES.sub(" ", clean(text)).strip()
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
