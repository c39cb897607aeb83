"""Identity: a person's standing per LAO."""

from .standing import Standing, StandingKind, VerificationMethod

__all__ = ["Standing", "StandingKind", "VerificationMethod"]
