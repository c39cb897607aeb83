"""What the pre-screen answers: hold the text or not, and why."""

from dataclasses import dataclass, field

from ..moderation_reasons import ModerationReason


@dataclass(frozen=True)
class Reason:
    """One finding. ``matched`` is the text as written, except personal data, which is masked
    ("x-xxxx-xxxxx-56-2") so that no reason ever repeats a full ID number, phone or address.
    ``position`` and ``length`` locate it in the submitted text (after Unicode NFC, which
    leaves Thai text as typed). ``detail`` names the rule: the word-list entry or the kind of
    personal data."""

    category: ModerationReason
    matched: str
    position: int
    length: int
    detail: str = ""


@dataclass(frozen=True)
class Verdict:
    """``held``: a moderator must look before publication. Nothing is ever discarded."""

    held: bool
    reasons: list = field(default_factory=list)

    @classmethod
    def from_reasons(cls, reasons):
        reasons = sorted(reasons, key=lambda reason: (reason.position, reason.category))
        return cls(held=bool(reasons), reasons=reasons)

    @property
    def categories(self):
        return {reason.category for reason in self.reasons}
