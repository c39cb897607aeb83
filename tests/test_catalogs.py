"""The project's Thai catalogs agree with each other.

Django merges every app's catalog into one: for a msgid two apps translate, the first app in
INSTALLED_APPS (after LOCALE_PATHS) wins everywhere. So a word that means two things must carry
a context (``pgettext``, ``{% translate ... context ... %}``): the document layouts' "Title"
(ชื่อเอกสาร) had become the title of the citizen's idea form, a referral "declined" read as a
standing proposal's "ปฏิเสธแล้ว", and the idea page's "Share" heading as a budget share (สัดส่วน).
"""

from collections import defaultdict
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]


def catalogs():
    return sorted(path for path in ROOT.glob("**/locale/th/LC_MESSAGES/django.po")
                  if ".venv" not in path.parts and "node_modules" not in path.parts)


def test_a_message_means_one_thing_in_every_catalog():
    translations = defaultdict(dict)
    for path in catalogs():
        for entry in polib.pofile(str(path)):
            if entry.obsolete or "fuzzy" in entry.flags or not entry.msgstr:
                continue
            translations[(entry.msgctxt, entry.msgid)][str(path.relative_to(ROOT))] = entry.msgstr
    disagreeing = {key: where for key, where in translations.items() if len(set(where.values())) > 1}
    assert not disagreeing, "Give these a context or one translation:\n" + "\n".join(
        f"{key}: {where}" for key, where in disagreeing.items())


def test_the_catalogs_are_found():
    names = {str(path.relative_to(ROOT)) for path in catalogs()}
    assert {"consultations/locale/th/LC_MESSAGES/django.po", "planning/locale/th/LC_MESSAGES/django.po",
            "portal/documents/locale/th/LC_MESSAGES/django.po", "locale/th/LC_MESSAGES/django.po"} <= names


def test_words_with_two_meanings_read_right_in_thai():
    from django.utils import translation
    from django.utils.translation import gettext, pgettext

    with translation.override("th"):
        assert gettext("Title") == "ชื่อเรื่อง"
        assert pgettext("document layout", "Title") == "ชื่อเอกสาร"
        assert pgettext("referral status", "declined") == "ไม่รับดำเนินการ"
        assert pgettext("share this page", "Share") == "แบ่งปัน"
        assert pgettext("support", "given at") == "วันที่สนับสนุน"
