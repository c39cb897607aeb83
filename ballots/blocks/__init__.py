"""The blocks ballots offer a consultation's body: the ballot and its results."""

from .ballot import BallotBlock
from .results import ResultsBlock

__all__ = ["BallotBlock", "ResultsBlock"]
