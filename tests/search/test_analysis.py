"""Thai text analysis: the words indexed, the words looked for, and the words marked."""

import pytest
from modelsearch.query import And, Fuzzy, Not, Or, Phrase, PlainText

from search.analysis import index_text, normalise, query_terms
from search.backends.query import ThaiQueryMixin
from search.highlight import excerpt, highlight


def test_thai_runs_are_cut_into_words_and_the_rest_is_left_as_written():
    assert index_text("ถนนในหมู่บ้านชำรุด").words == "ถนน ใน หมู่บ้าน ชำรุด"
    assert index_text("ซ่อมถนน road repair, 1,250,000 บาท").words == "ซ่อม ถนน road repair, 1,250,000 บาท"


@pytest.mark.parametrize("text, inner, not_inner", [
    ("หมู่บ้าน", {"หมู่", "บ้าน"}, set()),  # the parts of a compound
    ("ต้องการซ่อมแซม", {"ต้องการ", "ซ่อม"}, set()),  # newmm cuts ต้อง|การซ่อมแซม: the word across the cut
    ("น้ำท่วมขัง", {"น้ำ", "ท่วม"}, set()),
    ("นานมาแล้ว", set(), {"นา"}),  # inside a syllable: not a word of the text
    ("ผู้สูงอายุที่บ้าน", {"อายุ"}, {"ที่"}),  # function words are not indexed twice
])
def test_inner_words_run_over_whole_syllables(text, inner, not_inner):
    words = set(index_text(text).inner.split())
    assert inner <= words
    assert not words & not_inner


def test_the_same_text_typed_differently_is_indexed_alike():
    plain = index_text("ถนนหมู่ 3 ปี 2569 ระยะ 1.2 กม.")
    assert index_text("ถนน\u200bหมู่ ๓ ปี ๒๕๖๙ ระยะ ๑.๒ กม.") == plain  # zero-width space, Thai digits
    # SARA AM typed as NIKHAHIT + SARA AA, with the tone mark before or after
    assert normalise("น\u0e49\u0e4d\u0e32ท่วม") == normalise("น\u0e4d\u0e49\u0e32ท่วม") == "น้ำท่วม"
    assert normalise("Road") == "road"


def test_query_words():
    assert query_terms("ถนนในหมู่บ้าน") == ["ถนน", "หมู่บ้าน"]  # "ใน" is a function word
    assert query_terms("ที่") == ["ที่"]  # unless there is nothing else
    assert query_terms("  \"ถนน\"  (flood)!  ") == ["ถนน", "flood"]
    assert query_terms("!!! ??? ... 😀") == []
    assert query_terms("ถนนถนนถนน") == ["ถนน"]
    assert len(query_terms(" ".join(f"word{n}" for n in range(50)))) == 12


def test_queries_are_rewritten_for_the_index():
    rewrite = ThaiQueryMixin().analyse_query
    assert rewrite("ถนนชำรุด") == "ถนน ชำรุด"
    assert rewrite("!!!") is None
    plain = rewrite(PlainText("ถนนชำรุด", operator="or"))
    assert (plain.query_string, plain.operator) == ("ถนน ชำรุด", "or")
    assert rewrite(Phrase("หมู่บ้านชำรุด")).query_string == "หมู่บ้าน ชำรุด"
    both = rewrite(And([PlainText("ถนน"), Not(PlainText("!!"))]))
    assert isinstance(both, PlainText) and both.query_string == "ถนน"
    either = rewrite(Or([PlainText("ขยะ"), Phrase("น้ำท่วม")]))
    assert isinstance(either, Or) and len(either.subqueries) == 2
    fuzzy = Fuzzy("ถนน")
    assert rewrite(fuzzy) is fuzzy


def test_matches_are_marked_where_the_search_found_them():
    assert highlight("ถนนในหมู่บ้านชำรุด", ["บ้าน"]) == "ถนนในหมู่<mark>บ้าน</mark>ชำรุด"
    assert highlight("ถนนในหมู่บ้านชำรุด", ["ถนน", "ชำรุด"]) == "<mark>ถนน</mark>ในหมู่บ้าน<mark>ชำรุด</mark>"
    assert highlight("นานมาแล้ว", ["นา"]) == "นานมาแล้ว"
    assert highlight("<b>ถนน</b> & Roads", ["ถนน", "road"]) == (
        "&lt;b&gt;<mark>ถนน</mark>&lt;/b&gt; &amp; <mark>Roads</mark>")


def test_an_excerpt_is_cut_around_the_first_match():
    text = "ก" * 300 + " คำนำ " + "เนื้อหายาวมาก " * 10 + "ถนนลูกรังเป็นหลุม " + "ข้อความต่อท้าย " * 30
    cut = str(excerpt(text, ["ถนน"]))
    assert cut.startswith("… ") and cut.endswith(" …")
    assert "<mark>ถนน</mark>" in cut
    assert len(cut) < 300
    assert str(excerpt("สั้น ๆ", ["ถนน"])) == "สั้น ๆ"
