"""Word lists matched in Thai text without spaces: recall for evasions, precision for innocent words."""

import pytest

from portal.snippets.moderation_reasons import ModerationReason
from portal.snippets.prescreen import WordList, screen_against

WORDS = WordList.from_rows([
    ("กาเบอร์", "campaign"), ("พรรค", "campaign"), ("หาเสียง", "campaign"), ("vote for", "campaign"),
    ("ค่าหัวคิว", "personal_gain"),
    ("โง่", "offensive"), ("เหี้ย", "offensive"), ("สัส", "offensive"), ("แม่ง", "offensive"),
    ("idiot", "offensive"),
])


def held(text):
    return screen_against(text, [WORDS]).held


@pytest.mark.parametrize("text", [
    "ช่วยกาเบอร์3ให้ด้วย",        # no spaces
    "ช่วย กา เบอร์ 3",             # spaces between words
    "ช่วยกา\u200bเบอร์3",          # zero-width space
    "ก-า-เ-บ-อ-ร์ 3",              # letters spaced out
    "ทำงานห่วย เหี้ยยยย",          # repeated letters
    "ไอ้โง่วววว",                  # repeated letters after a short word
    "ขอให้หาเสียงแบบนี้",
    "มีค่าหัวคิวทุกโครงการ",        # the tokenizer reads "มีค่า|หัวคิว"
    "Please VOTE FOR us",
    "run by idiots",
    "พรรคของเราจะทำถนน",
])
def test_listed_words_are_found(text):
    assert held(text)


@pytest.mark.parametrize("text", [
    "ผู้ใหญ่บ้านเอาแต่พรรคพวก",     # พรรค inside พรรคพวก
    "ไม่ว่าพรรคการเมืองไหนก็ตาม",   # a generic mention
    "สัสดีอำเภอมาตรวจ",            # สัส inside สัสดี
    "ฆาตกรรมอย่างโหดเหี้ยม",         # เหี้ย inside โหดเหี้ยม
    "แม่งานจัดงานวัด",              # แม่ง inside แม่งาน
    "แม่งดเหล้าเข้าพรรษา",           # แม่ง across แม่|งด
    "ช่วยตรวจหาเสียงดังจากโรงงาน",    # หา|เสียงดัง
    "ซื้อของได้เงินทอนไม่ครบ",
    "the idiotic plan",             # a longer English word
])
def test_innocent_words_are_not(text):
    assert not held(text)


def test_reason_reports_the_words_as_written_and_where():
    text = "ถนนพัง ช่วย กา เบอร์ 3"
    [reason] = screen_against(text, [WORDS]).reasons
    assert reason.category == ModerationReason.POLITICAL_CAMPAIGNING
    assert reason.matched == "กา เบอร์"
    assert text[reason.position:reason.position + reason.length] == "กา เบอร์"
    assert reason.detail == "กาเบอร์"


def test_nothing_is_found_in_an_empty_text():
    verdict = screen_against("", [WORDS])
    assert not verdict.held and verdict.reasons == []
