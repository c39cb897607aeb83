"""Why a moderator holds or rejects a citizen's idea or comment: one fixed vocabulary.

The codes are stored on moderation decisions and on screening words, so they are code, not
editable data; their labels are translated (Thai first).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ModerationReason(models.TextChoices):
    POLITICAL_CAMPAIGNING = "campaign", _("Political campaigning")
    PERSONAL_GAIN = "personal_gain", _("Personal gain")
    OFFENSIVE = "offensive", _("Offensive or hateful")
    PERSONAL_DATA = "personal_data", _("Personal data of others")
    SPAM = "spam", _("Spam")
    OFF_TOPIC = "off_topic", _("Off topic")
    DUPLICATE = "duplicate", _("Duplicate")


# The reasons a word list can detect; the others need a person (or, for personal data, patterns).
SCREENING_WORD_CATEGORIES = [
    (reason.value, reason.label)
    for reason in (
        ModerationReason.OFFENSIVE,
        ModerationReason.POLITICAL_CAMPAIGNING,
        ModerationReason.PERSONAL_GAIN,
    )
]
