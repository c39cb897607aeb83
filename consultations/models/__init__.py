"""The participation engine's models: consultation pages and poll answers."""

from .consultation import ConsultationPage, ConsultationProblemBrief
from .poll import PollAnswer

__all__ = ["ConsultationPage", "ConsultationProblemBrief", "PollAnswer"]
