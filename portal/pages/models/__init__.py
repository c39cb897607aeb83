"""Page types shared by every LAO site."""

from .base import PortalPage
from .standard import StandardPage

__all__ = ["PortalPage", "StandardPage"]
