from django.db import models
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
    subpage_types = ["pages.StandardPage", "pages.ProblemBriefPage", "pages.BudgetSummaryPage"]

    class Meta:
        verbose_name = _("LAO home page")
        verbose_name_plural = _("LAO home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["menu_pages"] = self.get_children().live().in_menu().specific()
        return context
