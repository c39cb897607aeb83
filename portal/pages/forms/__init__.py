"""Admin forms of the shared page types."""

from .budget_summary import BudgetSummaryPageForm
from .problem_brief import ProblemBriefPageForm

__all__ = ["BudgetSummaryPageForm", "ProblemBriefPageForm"]
