"""Referrals per LAO: the list with target, date and status, status updates, CSV/XLSX export."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from planning import referrals
from planning.documents import referrals_context
from planning.forms import ReferralStatusForm
from planning.models import ReferralStatus
from portal.documents.layouts import layout_table
from portal.documents.tables import FORMATS, table_response

from .base import OfficerMixin


class ReferralListView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Referrals")
    template_name = "planning/admin/referrals.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        authority = self.chosen_authority()
        rows = referrals.referrals_of(self.authorities.filter(pk=authority.pk)).order_by("-referred_on", "-pk")
        status = self.request.GET.get("status", "")
        if status in ReferralStatus.values:
            rows = rows.filter(status=status)
        context.update({"authority": authority, "referrals": list(rows[:500]), "status": status,
                        "statuses": ReferralStatus.choices})
        return context


class ReferralView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Referral")
    template_name = "planning/admin/referral.html"

    def referral(self, referral_id):
        return get_object_or_404(referrals.referrals_of(self.authorities), pk=referral_id)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"referral": self.object, "updates": self.object.updates.select_related("by"),
                        "form": kwargs.get("form") or ReferralStatusForm(initial={"status": self.object.status})})
        return context

    def get(self, request, referral_id):
        self.object = self.referral(referral_id)
        return self.render_to_response(self.get_context_data())

    def post(self, request, referral_id):
        self.object = self.referral(referral_id)
        form = ReferralStatusForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The status was not changed: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        referrals.change_status(self.object, form.cleaned_data["status"], by=request.user,
                                note=form.cleaned_data["note"].strip())
        messages.success(request, _("Status recorded; the author is told."))
        return redirect(request.path)


class ReferralExportView(OfficerMixin, View):
    def get(self, request, format):
        if format not in FORMATS:
            raise Http404("Unknown format")
        authority = self.chosen_authority()
        rows = referrals.referrals_of(self.authorities.filter(pk=authority.pk)).order_by("referred_on", "pk")
        table = layout_table("referrals", referrals.export_rows(rows, request), referrals_context(authority))
        day = timezone.localdate().isoformat()
        return table_response(table, format, filename=f"ส่งต่อ ONE PLAN {authority.name_th} {day}",
                              request=request, authority=authority)
