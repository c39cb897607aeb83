"""The verification log of the officer's LAOs."""

from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from portal.identity.models import EventAction, VerificationEvent

from .base import OfficerViewMixin


class AuditLogView(OfficerViewMixin, TemplateView):
    template_name = "identity/admin/audit_log.html"
    page_title = gettext_lazy("Verification log")
    header_icon = "history"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        events = (VerificationEvent.objects.filter(authority__in=self.authorities)
                  .select_related("authority", "actor", "subject"))
        action = self.request.GET.get("action", "")
        if action in EventAction.values:
            events = events.filter(action=action)
        context.update(page_obj=self.paginate(events), actions=EventAction.choices, selected_action=action)
        return context
