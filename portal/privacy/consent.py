"""Whether a person has consented to the privacy notice in force, and recording that consent."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from .models import Consent, PrivacyNotice

_CACHE_KEY = "privacy:current-notice-id"
_CACHE_SECONDS = 300  # a notice that comes into force later is picked up within five minutes


def current_notice_id():
    """The id of the notice in force, or None when there is none (then consent is not asked)."""
    notice_id = cache.get(_CACHE_KEY, "missing")
    if notice_id == "missing":
        notice = PrivacyNotice.objects.current()
        notice_id = notice.pk if notice else None
        cache.set(_CACHE_KEY, notice_id, _CACHE_SECONDS)
    return notice_id


def current_notice():
    notice_id = current_notice_id()
    return PrivacyNotice.objects.filter(pk=notice_id).first() if notice_id else None


@receiver([post_save, post_delete], sender=PrivacyNotice)
def _forget_current_notice(**kwargs):
    cache.delete(_CACHE_KEY)


def has_current_consent(user):
    """True when the person consented to the notice in force (or no notice is in force)."""
    if user is None or not user.is_authenticated:
        return False
    cached = getattr(user, "_ruamkhit_consented", None)
    if cached is None:
        notice_id = current_notice_id()
        cached = notice_id is None or Consent.objects.filter(user=user, notice_id=notice_id).exists()
        user._ruamkhit_consented = cached
    return cached


def record_consent(user, notice=None, age=None):
    notice = notice or current_notice()
    if notice is None:
        return None
    defaults = {"given_at": timezone.now()}
    if age:
        defaults["age"] = age
    consent, _ = Consent.objects.update_or_create(user=user, notice=notice, defaults=defaults)
    user._ruamkhit_consented = True
    return consent
