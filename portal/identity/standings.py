"""Granting, changing and revoking a person's standing with an LAO, each one logged."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .audit import log_event
from .models import EventAction, Standing, StandingKind


def default_expiry(now=None):
    """When a standing granted now expires (``settings.IDENTITY_STANDING_DAYS``, two years by default)."""
    return (now or timezone.now()) + datetime.timedelta(days=settings.IDENTITY_STANDING_DAYS)


def _check_village(authority, kind, village):
    if village is not None and village.authority_id != authority.pk:
        raise ValidationError(_("The village must be one of this LAO's villages."), code="foreign_village")
    if kind != StandingKind.LOCAL and village is not None:
        raise ValidationError(_("Only a local resident has a village."), code="outsider_village")


def _describe(standing):
    # Stored once and read in either language: codes and dates only, no translated words.
    parts = [standing.kind]
    if standing.village_id:
        parts.append(f"village={standing.village.number}")
    if standing.expires_at:
        parts.append(f"expires={timezone.localdate(standing.expires_at):%Y-%m-%d}")
    return " ".join(parts)


@transaction.atomic
def grant_standing(user, authority, kind, *, method, village=None, by=None, expires_at=None):
    """Give ``user`` this standing with ``authority``, replacing any earlier one (one per person and LAO)."""
    _check_village(authority, kind, village)
    standing, created = Standing.objects.select_for_update().update_or_create(
        user=user, authority=authority,
        defaults={
            "kind": kind, "village": village, "method": method, "verified_by": by,
            "verified_at": timezone.now(), "expires_at": expires_at if expires_at is not None else default_expiry(),
        },
    )
    log_event(
        EventAction.STANDING_GRANTED if created else EventAction.STANDING_CHANGED,
        authority=authority, actor=by or user, subject=user, method=method, detail=_describe(standing),
    )
    return standing


@transaction.atomic
def change_standing(standing, *, by, kind, village=None, expires_at=None):
    """An officer corrects a standing's kind, village or expiry."""
    _check_village(standing.authority, kind, village)
    standing.kind, standing.village, standing.expires_at = kind, village, expires_at
    standing.verified_by = by
    standing.save(update_fields=["kind", "village", "expires_at", "verified_by"])
    log_event(
        EventAction.STANDING_CHANGED, authority=standing.authority, actor=by, subject=standing.user,
        method=standing.method, detail=_describe(standing),
    )
    return standing


@transaction.atomic
def revoke_standing(standing, *, by, reason=""):
    """End a standing now. The person can be verified again later; the log keeps what happened."""
    log_event(
        EventAction.STANDING_REVOKED, authority=standing.authority, actor=by, subject=standing.user,
        method=standing.method, detail=reason,
    )
    standing.delete()
