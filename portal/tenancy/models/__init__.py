"""Tenancy: one Authority per LAO, the provinces they sit in, and per-site branding."""

from .authority import Authority, AuthorityKind, Village
from .branding import AuthorityBranding
from .province import Province
from .tambon import Tambon
from .workflow import PublisherApprovalTask

__all__ = ["Authority", "AuthorityBranding", "AuthorityKind", "Province", "PublisherApprovalTask", "Tambon",
           "Village"]
