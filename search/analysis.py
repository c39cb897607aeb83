"""Thai-aware text analysis: the same words at indexing time and at query time.

Thai is written without spaces between words, so a database's full-text parser sees a whole
phrase ("ถนนในหมู่บ้านชำรุด") as one token. Here each run of Thai letters is cut into words with
PyThaiNLP's dictionary-based ``newmm`` tokenizer (its dictionary ships with the package; nothing
is downloaded), and the words are joined with spaces so that PostgreSQL's parser, SQLite's FTS5
tokenizer and anything else that splits on spaces index them one by one. Text that is not Thai
(English, numbers, e-mail addresses) is left to the database, which stems English words.

A tokenizer sometimes cuts a text otherwise than a reader would: "ต้องการซ่อมแซม" comes out as
"ต้อง|การซ่อมแซม", which hides the word "ต้องการ"; compounds such as "หมู่บ้าน" or "น้ำท่วม" hide
"บ้าน" and "น้ำ". So a second, lower-weighted list goes with every text: the *inner words*,
every dictionary word that runs over whole syllables of the Thai text, inside a token or across
two of them ("ต้องการ", "ซ่อม", "บ้าน", "น้ำ"). Whole syllables only: "นา" (rice field) is not
found in "นาน" (long), which is one syllable. A query is cut
with the same tokenizer, so a word typed alone matches the word in the text, whether the text's
tokenizer kept it whole, as part of a compound, or across a boundary.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

# Invisible characters used inside words (zero-width space, soft hyphen...): dropped.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"))
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# SARA AM typed as NIKHAHIT + SARA AA (with a tone mark in either order): the one character.
SARA_AM_SPLIT = re.compile("([\u0e48-\u0e4b]?)\u0e4d([\u0e48-\u0e4b]?)\u0e32")
# Thai letters, vowels and tone marks (digits are made Arabic first; ฿, ฯ, ๏ and ๚ ๛ are not letters).
THAI_RUN = re.compile("[\u0e01-\u0e3a\u0e40-\u0e4e]+")
# Tokens that are marks, not words: the repetition mark and the abbreviation marks.
NOT_WORDS = frozenset({"ๆ", "ฯ", "ฯลฯ"})
# Edges stripped from a non-Thai query word, and what a word must contain to count.
PUNCTUATION_EDGES = "\"'`“”‘’()[]{}<>.,;:!?¡¿-–—_/\\|*&^%$#@~+=«»…·•"
HAS_WORD_CHARACTER = re.compile(r"[^\W_]")
# The longest inner word looked for, in syllables ("องค์การบริหารส่วนตำบล" has 7).
MAX_INNER_SYLLABLES = 8
# Query words beyond this are ignored (a pasted paragraph is not a search).
MAX_QUERY_TERMS = 12

# Function words left out of queries (unless a query has nothing else): "ถนนในหมู่บ้าน"
# looks for ถนน and หมู่บ้าน, not for "ใน". PyThaiNLP's own list of about 1,000 stop words also
# holds words people search for ("แก้ไข", "ใหญ่", "ขาด", "กลุ่ม"), so this list is smaller.
STOP_WORDS = frozenset("""
    กับ การ ก็ ของ ความ คือ จะ จาก จึง ซึ่ง ด้วย ได้ ต่อ ตาม ถึง ถ้า ที่ ทั้ง นั้น นี้ โดย และ แล้ว
    หรือ ให้ ใน ไป มา มี เป็น เพราะ เพื่อ แต่ ยัง อยู่ อย่าง อีก ไว้ ๆ นะ ครับ ค่ะ คะ จ้ะ บ้าง เลย
    กัน แก่ แห่ง ผู้ ว่า อัน ไม่ ได้แก่ เช่น ทำให้ ระหว่าง เกี่ยวกับ สำหรับ
    a an and are at be by for from in is it of on or the to with
""".split())


@cache
def dictionary():
    """The 62,000 words ``newmm`` cuts with (PyThaiNLP's own list)."""
    from pythainlp.corpus.common import thai_words

    return thai_words()


def warm_up():
    """Load the tokenizer and its dictionary now (about a second) instead of on first use."""
    dictionary()
    thai_tokens("ถนนในหมู่บ้าน")
    syllables("หมู่บ้าน")


def clean(text):
    """NFC, invisible characters dropped, SARA AM composed: what is shown and what is analysed.

    Every later step maps one character to one character, so positions in the cleaned text are
    positions in what is shown."""
    text = unicodedata.normalize("NFC", text or "").translate(INVISIBLE)
    if "\u0e4d" in text:
        text = SARA_AM_SPLIT.sub(lambda m: (m.group(1) or m.group(2)) + "\u0e33", text)
    return text


def fold(text):
    """Lower case and Arabic digits, one character for one character."""
    folded = text.translate(THAI_DIGITS).lower()
    if len(folded) != len(text):  # a few letters lower-case to two characters: keep those as they are
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(THAI_DIGITS))
    return folded


def normalise(text):
    return fold(clean(text))


@lru_cache(maxsize=100_000)
def thai_tokens(run):
    """The words of one run of Thai letters, by ``newmm`` (cached: phrases recur)."""
    from pythainlp.tokenize.newmm import segment

    return tuple(segment(run))


@lru_cache(maxsize=200_000)
def syllables(token):
    """The syllables of one Thai token, by PyThaiNLP's syllable dictionary (cached)."""
    from pythainlp.tokenize import syllable_tokenize

    parts = syllable_tokenize(token, engine="dict", keep_whitespace=False)
    return tuple(parts) if "".join(parts) == token else (token,)


def inner_words(tokens):
    """Dictionary words over whole syllables of a run's tokens that are not one of its tokens."""
    pieces = [syllable for token in tokens for syllable in syllables(token)]
    words = dictionary()
    found = []
    for start in range(len(pieces)):
        word = ""
        for syllable in pieces[start : start + MAX_INNER_SYLLABLES]:
            word += syllable
            if word in words and len(word) > 1 and word not in STOP_WORDS:
                found.append(word)
    whole = set(tokens)
    return [word for word in found if word not in whole]


@dataclass(frozen=True)
class IndexText:
    """What is indexed for one text: its words (Thai cut, the rest as written) and its inner words."""

    words: str
    inner: str


def index_text(text):
    """The text to index for ``text``: Thai runs cut into words, the rest left to the database."""
    text = normalise(text)
    out, inner, position = [], [], 0
    for match in THAI_RUN.finditer(text):
        if match.start() > position:
            out.append(text[position : match.start()])
        tokens = [token for token in thai_tokens(match.group()) if token not in NOT_WORDS]
        out.append(" ".join(tokens))
        inner.extend(inner_words(tokens))
        position = match.end()
    out.append(text[position:])
    return IndexText(words=" ".join(part.strip() for part in out if part.strip()),
                     inner=" ".join(dict.fromkeys(inner)))


def query_terms(text, keep_stop_words=False):
    """The words of a query, in order, without repeats: Thai cut by ``newmm``, other words split at
    spaces with punctuation trimmed. Function words are left out unless nothing else is left."""
    text = normalise(text)
    terms = []
    position = 0
    for match in THAI_RUN.finditer(text):
        terms.extend(_plain_words(text[position : match.start()]))
        terms.extend(token for token in thai_tokens(match.group()) if token not in NOT_WORDS)
        position = match.end()
    terms.extend(_plain_words(text[position:]))
    terms = list(dict.fromkeys(terms))
    if not keep_stop_words:
        meaningful = [term for term in terms if term not in STOP_WORDS]
        terms = meaningful or terms
    return terms[:MAX_QUERY_TERMS]


def _plain_words(segment):
    for word in segment.split():
        word = word.strip(PUNCTUATION_EDGES).replace('"', "")
        if word and HAS_WORD_CHARACTER.search(word):
            yield word


def phrase_text(text):
    """A phrase as the index holds it: its words in order, separated by spaces."""
    return index_text(text).words


def syllable_boundaries(folded, around=None):
    """Where syllables of the Thai text begin and end (positions in ``folded``): a match of a
    query word is marked only from one boundary to another, as the index found it. With
    ``around`` (positions), only the runs of Thai letters that hold one of them are cut."""
    bounds = set()
    for match in THAI_RUN.finditer(folded):
        if around is not None and not any(match.start() <= position < match.end() for position in around):
            continue
        position = match.start()
        bounds.add(position)
        for token in thai_tokens(match.group()):
            for syllable in syllables(token):
                position += len(syllable)
                bounds.add(position)
    return bounds
