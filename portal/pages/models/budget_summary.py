from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index

from portal.pages.budget_chart import budget_chart
from portal.pages.budget_figures import budget_figures
from portal.pages.forms.budget_summary import BudgetSummaryPageForm

from .base import PortalPage

# Buddhist Era years: 2500 is 1957, 2700 is 2157. A CE year such as 2026 is refused.
FISCAL_YEAR_MIN = 2500
FISCAL_YEAR_MAX = 2700


class BudgetSummaryPage(PortalPage):
    """The annual budget ordinance of an LAO, in lines a resident can read.

    Lines are edited inline or imported from a spreadsheet (``portal.pages.budget_import``);
    totals are always computed from them. When the same tree holds last fiscal year's summary,
    each strategy shows its change from that year.
    """

    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (BE)"),
        validators=[MinValueValidator(FISCAL_YEAR_MIN), MaxValueValidator(FISCAL_YEAR_MAX)],
        help_text=_("The Buddhist Era year in which the fiscal year ends, e.g. 2570 for "
                    "1 October 2026 to 30 September 2027."),
    )
    intro = models.TextField(
        _("introduction"), blank=True,
        help_text=_("A few sentences on what the budget does, when the council approved it and "
                    "how residents took part."),
    )
    ordinance_document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("budget ordinance"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Optional: the ordinance (ข้อบัญญัติ / เทศบัญญัติ) as published, for download."),
    )

    base_form_class = BudgetSummaryPageForm
    content_panels = PortalPage.content_panels + [
        FieldPanel("fiscal_year"),
        FieldPanel("intro"),
        FieldPanel("ordinance_document"),
        InlinePanel("budget_lines", heading=_("Budget lines"), label=_("Budget line")),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.FilterField("fiscal_year"),
        index.RelatedFields("budget_lines", [index.SearchField("group"), index.SearchField("item")]),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("budget summary")
        verbose_name_plural = _("budget summaries")

    def previous_year_page(self):
        """Last fiscal year's live summary in the same tree (so the same site and locale), or None."""
        if not self.path or self.fiscal_year is None:
            return None
        return (
            BudgetSummaryPage.objects.live()
            .sibling_of(self, inclusive=False)
            .filter(fiscal_year=self.fiscal_year - 1)
            .order_by("path")
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for all lines (none in a preview, where they are in memory), one for last
        # year's page and one for its lines: the count does not grow with the lines.
        lines = list(self.budget_lines.all())
        previous = self.previous_year_page()
        previous_lines = list(previous.budget_lines.all()) if previous else None
        figures = budget_figures(lines, previous_lines)
        context.update(
            budget=figures,
            chart=budget_chart(figures.groups),
            previous_page=previous,
        )
        return context
