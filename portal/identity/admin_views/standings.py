"""The standings of the officer's LAOs: list, correct, revoke."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from portal.identity.forms import RevokeForm, StandingChangeForm
from portal.identity.models import Standing
from portal.identity.standings import change_standing, revoke_standing

from .base import OfficerViewMixin, end_of_day


class StandingIndexView(OfficerViewMixin, TemplateView):
    template_name = "identity/admin/standings.html"
    page_title = gettext_lazy("Standings")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        standings = (Standing.objects.filter(authority__in=self.authorities)
                     .select_related("user", "authority", "village", "verified_by")
                     .order_by("-verified_at", "-id"))
        authority_id = self.request.GET.get("authority", "")
        if authority_id.isdigit():
            standings = standings.filter(authority_id=int(authority_id))
        q = self.request.GET.get("q", "").strip()
        if q:
            standings = standings.filter(Q(user__display_name__icontains=q) | Q(user__username__iexact=q))
        context.update(page_obj=self.paginate(standings), authorities=self.authorities, q=q,
                       selected_authority=authority_id, now=timezone.now())
        return context


class ScopedStandingMixin(OfficerViewMixin):
    index_url_name = "identity_standings"
    index_label = gettext_lazy("Standings")

    @property
    def standing(self):
        """The standing, found only among the officer's LAOs' (404 for any other)."""
        if not hasattr(self, "_standing"):
            self._standing = get_object_or_404(
                Standing.objects.filter(authority__in=self.authorities).select_related("user", "authority", "village"),
                pk=self.kwargs["pk"],
            )
        return self._standing

    def get_page_subtitle(self):
        return f"{self.standing.user} — {self.standing.authority}"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "standing": self.standing}


class StandingChangeView(ScopedStandingMixin, FormView):
    template_name = "identity/admin/standing_change.html"
    form_class = StandingChangeForm
    page_title = gettext_lazy("Change standing")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "standing": self.standing}

    def get_initial(self):
        s = self.standing
        return {"kind": s.kind, "village": s.village,
                "expires_at": timezone.localdate(s.expires_at) if s.expires_at else None}

    def form_valid(self, form):
        data = form.cleaned_data
        change_standing(self.standing, by=self.request.user, kind=data["kind"], village=data["village"],
                        expires_at=end_of_day(data["expires_at"]))
        messages.success(self.request, _("The standing of %(person)s is changed.") % {"person": self.standing.user})
        return redirect("identity_standings")


class StandingRevokeView(ScopedStandingMixin, FormView):
    template_name = "identity/admin/standing_revoke.html"
    form_class = RevokeForm
    page_title = gettext_lazy("Revoke standing")
    header_icon = "warning"

    def form_valid(self, form):
        person = self.standing.user
        revoke_standing(self.standing, by=self.request.user, reason=form.cleaned_data["reason"])
        messages.success(self.request, _("The standing of %(person)s is revoked.") % {"person": person})
        return redirect("identity_standings")
