from django.utils import translation

from portal.snippets.moderation_reasons import SCREENING_WORD_CATEGORIES, ModerationReason


def test_every_reason_has_thai_and_english_labels():
    assert {reason.value for reason in ModerationReason} == {
        "campaign", "personal_gain", "offensive", "personal_data", "spam", "off_topic", "duplicate",
    }
    with translation.override("en"):
        english = {reason: str(reason.label) for reason in ModerationReason}
    with translation.override("th"):
        thai = {reason: str(reason.label) for reason in ModerationReason}
    assert english[ModerationReason.POLITICAL_CAMPAIGNING] == "Political campaigning"
    assert thai[ModerationReason.POLITICAL_CAMPAIGNING] == "หาเสียงทางการเมือง"
    for reason in ModerationReason:
        assert thai[reason] != english[reason], f"{reason} has no Thai label"


def test_word_lists_screen_for_three_of_the_reasons():
    assert [value for value, _ in SCREENING_WORD_CATEGORIES] == ["offensive", "campaign", "personal_gain"]
