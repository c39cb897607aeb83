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


def tokenize(text):
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=True)


class Segmentation:
    """The tokens of a text and where each starts."""

    def __init__(self, text):
        self.tokens = tokenize(text)
        self.starts = []
        position = 0
        for token in self.tokens:
            # newmm returns every character exactly once; find() guards against any change.
            found = text.find(token, position)
            position = found if found >= 0 else position
            self.starts.append(position)
            position += len(token)
        self.length = len(text)

    def _token_cut_at(self, position):
        """The token that ``position`` falls strictly inside, or None at a token boundary."""
        index = bisect_right(self.starts, position) - 1
        if index < 0:
            return None
        start = self.starts[index]
        if start == position or position >= start + len(self.tokens[index]):
            return None
        return self.tokens[index]

    def at_boundaries(self, start, end):
        return self._token_cut_at(start) is None and self._token_cut_at(end) is None

    def cuts_known_word(self, start, end):
        """Whether the span begins or ends inside a dictionary word ("พรรค" in "พรรคพวก")."""
        words = dictionary()
        for position in (start, end):
            token = self._token_cut_at(position)
            if token is not None and token.strip() in words:
                return True
        return False
