"""Finding word-list entries in a text: Thai by substring checked against word segmentation.

Thai is written without spaces between words, so a listed word is first looked for as a
substring of the text's compact form (separators removed). A candidate is then checked
against PyThaiNLP's ``newmm`` segmentation of the text:

* it is kept when it starts and ends on token boundaries (the tokenizer agrees it is a word
  or a sequence of words: "กา|เบอร์" for "กาเบอร์");
* it is dropped when it starts or ends inside a token that is a dictionary word: it is part
  of a different, innocent word ("พรรค" in "พรรคพวก", "สัส" in "สัสดี", "เหี้ย" in "โหดเหี้ยม");
* otherwise (it cuts a token the dictionary does not know, as in "โง่วว" or a misspelling
  made to evade) it is kept if the entry has at least ``MIN_SUBSTRING_LETTERS`` letters;
  shorter entries must match whole tokens.

Segmentation, the costly step, runs only when some entry occurs as a substring.
Entries without Thai letters ("vote for") match whole words of Latin letters and digits.
"""

from .verdict import Reason

MIN_SUBSTRING_LETTERS = 3


def _occurrences(haystack, needle):
    start = haystack.find(needle)
    while start >= 0:
        yield start
        start = haystack.find(needle, start + 1)


class WordMatcher:
    def __init__(self, normalised):
        self.normalised = normalised
        self._segmentation = None

    @property
    def segmentation(self):
        if self._segmentation is None:
            from .segmentation import Segmentation

            self._segmentation = Segmentation(self.normalised.text)
        return self._segmentation

    def _thai_spans(self, entry):
        compact, positions = self.normalised.compact
        for start in _occurrences(compact, entry.key):
            begin, end = positions[start], positions[start + len(entry.key) - 1] + 1
            segmentation = self.segmentation
            if segmentation.at_boundaries(begin, end):
                yield begin, end
            elif entry.letters >= MIN_SUBSTRING_LETTERS and not segmentation.cuts_known_word(begin, end):
                yield begin, end

    def spans(self, entry):
        if entry.thai:
            yield from self._thai_spans(entry)
        else:
            for match in entry.pattern.finditer(self.normalised.text):
                yield match.start(), match.end()

    def reasons(self, word_lists):
        from ..moderation_reasons import ModerationReason

        found = {}
        for word_list in word_lists:
            for entry in word_list.entries:
                for begin, end in self.spans(entry):
                    start, stop = self.normalised.source_span(begin, end)
                    key = (entry.category, start, stop)
                    if key not in found:
                        found[key] = Reason(
                            ModerationReason(entry.category), self.normalised.source[start:stop],
                            start, stop - start, entry.word,
                        )
        return list(found.values())
