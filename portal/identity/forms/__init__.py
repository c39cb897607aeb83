"""Forms of the identity app: the national ID field, the officer's forms, the citizen's form."""

from .fields import NationalIDField, NationalIDInput
from .officer import OfficerVerificationForm, PersonSearchForm, RevokeForm, StandingChangeForm
from .resident_list import ResidentListUploadForm
from .verify import ResidentVerificationForm

__all__ = [
    "NationalIDField",
    "NationalIDInput",
    "OfficerVerificationForm",
    "PersonSearchForm",
    "ResidentListUploadForm",
    "ResidentVerificationForm",
    "RevokeForm",
    "StandingChangeForm",
]
