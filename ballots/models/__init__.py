"""A consultation's ballot: its projects and the ballots cast."""

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

__all__ = [
    "Ballot", "BallotChannel", "BallotProject", "BallotRule", "CastBallot", "ResultRule", "ResultStatus",
    "VoterStanding",
]
