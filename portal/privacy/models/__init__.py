"""The privacy notice (versioned), people's consent to it, and the record of erasures."""

from .consent import Consent
from .erasure import ErasureRecord
from .notice import PrivacyNotice

__all__ = ["Consent", "ErasureRecord", "PrivacyNotice"]
