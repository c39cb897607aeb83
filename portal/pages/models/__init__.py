"""Page types shared by every LAO site."""

from .base import PortalPage
from .budget_line import BudgetLine
from .budget_summary import BudgetSummaryPage
from .problem_brief import ProblemBriefPage
from .standard import StandardPage

__all__ = ["BudgetLine", "BudgetSummaryPage", "PortalPage", "ProblemBriefPage", "StandardPage"]
