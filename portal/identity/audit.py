"""The verification log: every action on identities and standings, written in one place."""

from .models import VerificationEvent


def log_event(action, *, authority=None, actor=None, subject=None, method="", detail=""):
    """Record one verification action. ``detail`` must never hold a national ID."""
    return VerificationEvent.objects.create(
        action=action,
        authority=authority,
        actor=actor if actor is not None and actor.is_authenticated else None,
        subject=subject,
        method=method or "",
        detail=str(detail)[:255],
    )
