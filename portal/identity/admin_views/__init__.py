"""Wagtail admin views of verification, for an LAO's officers (and superusers)."""

from .audit import AuditLogView
from .people import PersonSearchView, VerifyPersonView
from .resident_lists import ResidentListIndexView, ResidentListUploadView
from .standings import StandingChangeView, StandingIndexView, StandingRevokeView

__all__ = [
    "AuditLogView",
    "PersonSearchView",
    "ResidentListIndexView",
    "ResidentListUploadView",
    "StandingChangeView",
    "StandingIndexView",
    "StandingRevokeView",
    "VerifyPersonView",
]
