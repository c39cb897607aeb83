"""The Thai-aware pre-screen: word lists and personal-data patterns, one verdict per text.

Usage: ``screen(text, authority) -> Verdict``. See docs/moderation.md for the design.
"""

from .screen import screen, screen_against
from .segmentation import warm_up
from .verdict import Reason, Verdict
from .word_lists import WordList, invalidate_word_lists, word_lists_for

__all__ = ["Reason", "Verdict", "WordList", "invalidate_word_lists", "screen", "screen_against", "warm_up",
           "word_lists_for"]
