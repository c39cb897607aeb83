"""Tenancy: one Authority per LAO, the provinces they sit in, and per-site branding."""

from .authority import Authority, AuthorityKind, Village
from .branding import AuthorityBranding
from .province import Province

__all__ = ["Authority", "AuthorityBranding", "AuthorityKind", "Province", "Village"]
