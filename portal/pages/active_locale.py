"""The active content locale's id without a database query per call.

Wagtail's ``Locale.get_active()`` queries the database on every call, and ``page.localized``
calls it once per link: a page with twenty internal links in rich text paid twenty queries.
Locales change about never, so their ids are kept per process for five minutes, and dropped at
once when a Locale is saved or deleted in this process.
"""

import time

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

TTL_SECONDS = 300
_ids = {"expires": 0.0, "by_code": {}}


def _locale_ids():
    now = time.monotonic()
    if now >= _ids["expires"]:
        _ids["by_code"] = dict(Locale.objects.values_list("language_code", "id"))
        _ids["expires"] = now + TTL_SECONDS
    return _ids["by_code"]


def active_locale_id():
    """The id of the Locale of the active language, or None when it has no Locale."""
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    return _locale_ids().get(code)


def language_code_of(locale_id):
    """The language code of a Locale id (None if unknown), without a query per call."""
    for code, pk in _locale_ids().items():
        if pk == locale_id:
            return code
    return None


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs):
    _ids["expires"] = 0.0


__all__ = ["active_locale_id", "language_code_of"]
