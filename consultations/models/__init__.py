"""The participation engine's models: consultation pages and poll answers."""

from .ballot import (
    Ballot,
    BallotChannel,
    BallotProject,
    BallotRule,
    CastBallot,
    ResultRule,
    ResultStatus,
    VoterStanding,
)
from .comment_decision import CommentDecision
from .comment_record import CommentRecord
from .consultation import ConsultationPage, ConsultationProblemBrief
from .flag import Flag
from .idea import Idea, IdeaPhoto, IdeaState, IdeaTransition, SubmitterStanding
from .poll import PollAnswer
from .support import Support

__all__ = [
    "Ballot", "BallotChannel", "BallotProject", "BallotRule", "CastBallot", "ResultRule", "ResultStatus", "VoterStanding",
    "CommentDecision", "CommentRecord", "ConsultationPage", "ConsultationProblemBrief", "Flag", "Idea", "IdeaPhoto", "IdeaState", "IdeaTransition",
    "PollAnswer", "SubmitterStanding", "Support",
]
