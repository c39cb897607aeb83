"""What every officer view shares: the LAOs the officer works for, and nothing else.

Every queryset is read through ``self.authorities`` (``authorities_in_role(user, "officers")``):
another LAO's idea, referral, project or forum is a 404 whatever id is typed.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from consultations.models import ConsultationPage
from ideas.models import Idea, IdeaState
from portal.tenancy.roles import authorities_in_role


class OfficerMixin(WagtailAdminTemplateMixin):
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        self.authorities = authorities_in_role(request.user, "officers")
        if not self.authorities.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        # Wagtail's header shows the last breadcrumb: without this, every officer page would be
        # titled "Dashboard".
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def published_ideas(self):
        return (Idea.objects.filter(authority__in=self.authorities, state=IdeaState.PUBLISHED)
                .select_related("authority", "village", "category"))

    def chosen_authority(self):
        """The LAO the page is about: ``?lao=<DLA code>`` among the officer's, else the first."""
        code = self.request.GET.get("lao") or self.request.POST.get("lao")
        authorities = self.authorities.order_by("name_th")
        if code:
            authority = authorities.filter(dla_code=code).first()
            if authority is None:
                raise Http404("Not one of your LAOs")
            return authority
        return authorities.first()

    def consultations(self, authority=None):
        """Consultations (default language) of the officer's LAOs, or of one of them."""
        authorities = self.authorities.filter(pk=authority.pk) if authority is not None else self.authorities
        homes = Q()
        for path in authorities.values_list("home_page__path", flat=True):
            if path:
                homes |= Q(path__startswith=path)
        if not homes:
            return ConsultationPage.objects.none()
        return ConsultationPage.objects.filter(homes, locale=Locale.get_default())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["officer_authorities"] = list(self.authorities.order_by("name_th"))
        return context
