"""The admin form of a budget summary: one summary per fiscal year in an LAO's tree."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm


class BudgetSummaryPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        fiscal_year = cleaned_data.get("fiscal_year")
        parent = self.parent_page
        if fiscal_year is None or parent is None:
            return cleaned_data
        # Two summaries of one year would make "change from the previous year" ambiguous.
        same_year = (
            self.instance.__class__.objects.child_of(parent)
            .filter(fiscal_year=fiscal_year)
            .exclude(pk=self.instance.pk)
        )
        if same_year.exists():
            self.add_error(
                "fiscal_year",
                _("This LAO already has a budget summary for fiscal year %(year)s.") % {"year": fiscal_year},
            )
        return cleaned_data
