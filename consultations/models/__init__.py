"""The consultation page and the problem briefs it addresses."""

from .consultation import ConsultationPage, ConsultationProblemBrief

__all__ = ["ConsultationPage", "ConsultationProblemBrief"]
