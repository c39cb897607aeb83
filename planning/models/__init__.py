"""Officers' planning models: triage decisions, referrals, plan projects, progress, forums."""

from .forum import Forum, ForumBallot, ForumIdea
from .plan_project import PLAN_YEARS, PlanProject, ProjectSource, ProjectStatus
from .progress import ProgressPhoto, ProgressUpdate
from .referral import Referral, ReferralStatus, ReferralUpdate
from .triage import ReferralLevel, TriageDecision, TriageOutcome, WithinRoute

__all__ = [
    "PLAN_YEARS", "Forum", "ForumBallot", "ForumIdea", "PlanProject", "ProgressPhoto", "ProgressUpdate",
    "ProjectSource", "ProjectStatus", "Referral", "ReferralLevel", "ReferralStatus", "ReferralUpdate",
    "TriageDecision", "TriageOutcome", "WithinRoute",
]
