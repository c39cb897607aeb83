"""Home pages: one per LAO, and the DLA's central directory of every LAO."""

from .central import CentralHomePage
from .lao import HomePage

__all__ = ["CentralHomePage", "HomePage"]
