"""Identity: who a person is (one national ID, one account) and their standing with each LAO."""

from .identity_record import IdentityRecord
from .resident_list_entry import ResidentListEntry
from .standing import Standing, StandingKind, VerificationMethod
from .standing_proposal import ProposalStatus, StandingProposal
from .verification_event import EventAction, VerificationEvent

__all__ = [
    "EventAction",
    "IdentityRecord",
    "ProposalStatus",
    "ResidentListEntry",
    "Standing",
    "StandingKind",
    "StandingProposal",
    "VerificationEvent",
    "VerificationMethod",
]
