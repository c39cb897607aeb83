"""What every verification admin view shares: officers only, and only their own LAOs' rows."""

import datetime

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.identity.access import officer_authorities


class OfficerViewMixin(WagtailAdminTemplateMixin):
    """Refuses (403) anyone who is not an officer of some LAO; ``self.authorities`` are theirs."""

    header_icon = "user"
    index_url_name = ""
    index_label = ""
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        self.authorities = officer_authorities(request.user)
        if not self.authorities.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        if self.index_url_name:
            items.append({"url": reverse(self.index_url_name), "label": self.index_label})
        return items + [{"url": "", "label": self.get_page_title()}]

    def paginate(self, queryset):
        return Paginator(queryset, self.per_page).get_page(self.request.GET.get("p"))


def end_of_day(date):
    """The last moment of ``date`` in Thai time: a standing "valid until 1 Oct" lasts all that day."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.max))


SECTION_LABEL = _("Verification")
