from django.db import models
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.pages.blocks import BODY_BLOCKS
from portal.pages.models import PortalPage


class HomePage(PortalPage):
    """An LAO's home page: the root of its site tree, in Thai with an English translation."""

    intro = models.TextField(
        _("introduction"), blank=True,
        help_text=_("One or two sentences that greet residents and say what they can do here."),
    )
    body = StreamField(BODY_BLOCKS, verbose_name=_("body"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.StandardPage", "consultations.ConsultationPage", "pages.ProblemBriefPage", "pages.BudgetSummaryPage",
    ]

    class Meta:
        verbose_name = _("LAO home page")
        verbose_name_plural = _("LAO home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["menu_pages"] = self.get_children().live().in_menu().specific()
        context["open_consultations"] = self.open_consultations()
        context["latest_budget"] = self.latest_budget_summary()
        context["recent_progress"] = self.recent_progress()
        return context

    def recent_progress(self, limit=4):
        """The latest progress reported on this LAO's plan projects (one query)."""
        from planning.public import recent_progress

        return recent_progress(limit=limit, home_page=self)

    def latest_budget_summary(self):
        """The live budget summary of the latest fiscal year, with its total (one query)."""
        from portal.pages.models import BudgetSummaryPage

        return (
            BudgetSummaryPage.objects.live().child_of(self)
            .annotate(total_amount=Sum("budget_lines__amount"))
            .order_by("-fiscal_year", "-pk")
            .first()
        )

    def open_consultations(self, today=None):
        """Live consultations of this LAO collecting ideas or votes today, closing soonest first."""
        from consultations.models import ConsultationPage

        today = today or timezone.localdate()
        collecting = Q(ideas_start__lte=today, ideas_end__gte=today)
        voting = Q(voting_start__lte=today, voting_end__gte=today)
        return list(
            ConsultationPage.objects.live().child_of(self).filter(collecting | voting)
            .order_by("ideas_end", "voting_end", "pk")[:6]
        )
