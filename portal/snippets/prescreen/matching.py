"""Finding word-list entries in a text: Thai by substring checked against word segmentation.

Thai is written without spaces between words, so a listed word is first looked for as a
substring of the text's compact form (separators removed). A candidate is then checked
against PyThaiNLP's ``newmm`` segmentation of the text:

* it is kept when it starts and ends on token boundaries (the tokenizer agrees it is a word
  or a sequence of words: "กา|เบอร์" for "กาเบอร์");
* entries shorter than ``MIN_SUBSTRING_LETTERS`` letters (not counting vowel and tone marks
  written above or below) must match like that, whole tokens only ("โง่", "สัส");
* a longer entry that cuts only tokens the dictionary does not know is kept: evasions and
  misspellings are not in the dictionary ("เหี้ยยย" → "เหี้ย|ยย", "โง่วว");
* a longer entry that starts or ends inside a dictionary word is part of a different,
  innocent word and is dropped ("พรรค" in "พรรคพวก", "สัส" in "สัสดี", "เหี้ย" in
  "โหดเหี้ยม", "แม่ง" in "แม่|งด");
* except where the tokenizer merely chose one of two readings: the entry spans several
  tokens, cuts just one of them, and that token splits at the cut into two dictionary words
  ("มีค่า|หัวคิว" read as "มี|ค่าหัวคิว").

Segmentation is the costly step (about 5 ms for 2,000 characters), so it runs only where an
entry occurs as a substring, over the words around it: from a space at least
``CONTEXT`` characters before to a space at least ``CONTEXT`` characters after. Spaces end
every token ``newmm`` makes, so the neighbourhood is segmented as the whole text would be.
Entries without Thai letters ("vote for") match whole words of Latin letters and digits.
"""

from .verdict import Reason

MIN_SUBSTRING_LETTERS = 3
CONTEXT = 30


def _occurrences(haystack, needle):
    start = haystack.find(needle)
    while start >= 0:
        yield start
        start = haystack.find(needle, start + 1)


class WordMatcher:
    def __init__(self, normalised):
        self.normalised = normalised
        self._segmentations = {}

    def segmentation_around(self, begin, end):
        from .segmentation import Segmentation

        text = self.normalised.text
        start = text.rfind(" ", 0, max(begin - CONTEXT, 0)) + 1
        stop = text.find(" ", min(end + CONTEXT, len(text)))
        stop = len(text) if stop < 0 else stop
        if (start, stop) not in self._segmentations:
            self._segmentations[start, stop] = Segmentation(text[start:stop], offset=start)
        return self._segmentations[start, stop]

    def _accepts(self, entry, begin, end):
        segmentation = self.segmentation_around(begin, end)
        cuts = [cut for cut in (segmentation.cut_token(begin), segmentation.cut_token(end)) if cut]
        if not cuts:
            return True
        if entry.letters < MIN_SUBSTRING_LETTERS:
            return False
        known = [cut for cut in cuts if segmentation.is_known(cut[0])]
        if not known:
            return True
        return (
            len(cuts) == 1
            and segmentation.boundary_inside(begin, end)
            and segmentation.splits_into_known_words(*cuts[0])
        )

    def _thai_spans(self, entry):
        compact, positions = self.normalised.compact
        for start in _occurrences(compact, entry.key):
            begin, end = positions[start], positions[start + len(entry.key) - 1] + 1
            if self._accepts(entry, begin, end):
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
