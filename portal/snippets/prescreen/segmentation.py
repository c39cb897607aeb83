"""Thai word segmentation (PyThaiNLP's dictionary-based ``newmm``), with character offsets.

``newmm`` ships with its dictionary and downloads nothing. PyThaiNLP is imported on first use:
loading its dictionary takes about half a second, once per process.
"""

from bisect import bisect_right
from functools import cache


@cache
def dictionary():
    """The words ``newmm`` segments with: a known word that contains a listed one is innocent."""
    from pythainlp.corpus.common import thai_words

    return thai_words()


def warm_up():
    """Load the tokenizer and its dictionary now (about a second) rather than on the first
    text that needs them: call it once per worker process, e.g. from a server's post-fork hook."""
    dictionary()
    tokenize("ถนนหน้าบ้าน")


def tokenize(text):
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=True)


class Segmentation:
    """The tokens of a piece of text and where each starts, counted from ``offset`` (the
    piece's position in the whole text)."""

    def __init__(self, text, offset=0):
        self.tokens = tokenize(text)
        self.starts = []
        position = 0
        for token in self.tokens:
            # newmm returns every character exactly once; find() guards against any change.
            found = text.find(token, position)
            position = found if found >= 0 else position
            self.starts.append(offset + position)
            position += len(token)

    def cut_token(self, position):
        """(token, offset of position in it) if position falls strictly inside a token, else None."""
        index = bisect_right(self.starts, position) - 1
        if index < 0:
            return None
        start = self.starts[index]
        if start == position or position >= start + len(self.tokens[index]):
            return None
        return self.tokens[index], position - start

    def boundary_inside(self, start, end):
        """Whether a token starts strictly between start and end."""
        index = bisect_right(self.starts, start)
        return index < len(self.starts) and self.starts[index] < end

    @staticmethod
    def is_known(word):
        return word.strip() in dictionary()

    @classmethod
    def splits_into_known_words(cls, token, offset):
        return cls.is_known(token[:offset]) and cls.is_known(token[offset:])
