from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.pages.blocks import BODY_BLOCKS

from .base import PortalPage


class StandardPage(PortalPage):
    """A plain content page: about the LAO, how to take part, contact, privacy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BODY_BLOCKS, verbose_name=_("body"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage", "home.CentralHomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
