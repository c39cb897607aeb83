from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from portal.pages.models import PortalPage


class CentralHomePage(PortalPage):
    """The DLA's central site: a searchable directory of every LAO by province and kind."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["pages.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("central home page")

    def get_context(self, request, *args, **kwargs):
        from portal.tenancy.directory import AuthorityDirectoryForm

        context = super().get_context(request, *args, **kwargs)
        form = AuthorityDirectoryForm(request.GET or None)
        authorities = form.filtered()
        paginator = Paginator(authorities, 50)
        context["directory_form"] = form
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        context["result_count"] = paginator.count
        context["query_string"] = form.query_string()
        return context
