"""Admin forms of the shared page types and of the budget import."""

from .budget_import import BudgetImportForm
from .budget_summary import BudgetSummaryPageForm
from .problem_brief import ProblemBriefPageForm

__all__ = ["BudgetImportForm", "BudgetSummaryPageForm", "ProblemBriefPageForm"]
