from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

# Up to 9,999,999,999,999.99 baht: far above any LAO's budget, with satang.
AMOUNT_DIGITS = 15
AMOUNT_DECIMALS = 2


class BudgetLine(Orderable):
    """One line of a budget summary: an item of a strategy or category, with its amount."""

    page = ParentalKey("pages.BudgetSummaryPage", on_delete=models.CASCADE, related_name="budget_lines")
    group = models.CharField(
        _("strategy or category"), max_length=200,
        help_text=_("The development strategy or expense category the line belongs to; "
                    "lines with the same text are added up together."),
    )
    item = models.CharField(
        _("item"), max_length=255, help_text=_("The project, programme or expense, as in the ordinance.")
    )
    amount = models.DecimalField(
        _("amount (baht)"), max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_DECIMALS,
        validators=[MinValueValidator(0)],
        help_text=_("In baht, without separators, e.g. 1250000."),
    )
    note = models.CharField(
        _("note"), max_length=500, blank=True, help_text=_("Optional: the responsible unit, a target, a source.")
    )

    panels = [
        FieldRowPanel([FieldPanel("group"), FieldPanel("amount")]),
        FieldPanel("item"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")

    def __str__(self):
        return f"{self.group}: {self.item}"
