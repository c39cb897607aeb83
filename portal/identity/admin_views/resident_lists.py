"""Resident lists: each of the officer's LAOs with its list's size, and the upload."""

import time

from django.contrib import messages
from django.db.models import Count, OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from portal.identity.forms import ResidentListUploadForm
from portal.identity.models import EventAction, ResidentListEntry, VerificationEvent
from portal.identity.resident_list import parse_resident_file, store_resident_list

from .base import OfficerViewMixin


class ResidentListIndexView(OfficerViewMixin, TemplateView):
    template_name = "identity/admin/resident_lists.html"
    page_title = gettext_lazy("Resident lists")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        uploads = VerificationEvent.objects.filter(
            action=EventAction.RESIDENT_LIST_UPLOADED, authority=OuterRef("pk")
        ).order_by("-created_at")
        context["authorities"] = (
            self.authorities.annotate(
                list_size=Subquery(
                    ResidentListEntry.objects.filter(authority=OuterRef("pk")).values("authority")
                    .annotate(n=Count("id")).values("n")[:1]
                ),
                last_upload=Subquery(uploads.values("created_at")[:1]),
            ).order_by("name_th")[:200]
        )
        return context


class ResidentListUploadView(OfficerViewMixin, FormView):
    """Upload, check every row, store all or nothing; the page shows upload progress with JS."""

    template_name = "identity/admin/resident_list_upload.html"
    form_class = ResidentListUploadForm
    page_title = gettext_lazy("Upload a resident list")
    index_url_name = "identity_resident_lists"
    index_label = gettext_lazy("Resident lists")

    def get_authority(self):
        if not hasattr(self, "authority"):
            self.authority = get_object_or_404(self.authorities, pk=self.kwargs["authority_id"])
        return self.authority

    def get_page_subtitle(self):
        return str(self.get_authority())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        authority = self.get_authority()
        context.update(authority=authority, list_size=authority.resident_list.count(),
                       villages=authority.villages.order_by("number"))
        return context

    def form_valid(self, form):
        authority = self.get_authority()
        upload = form.cleaned_data["file"]
        started = time.monotonic()
        result = parse_resident_file(upload.name, upload.read(), authority)
        if result.error_count:
            messages.error(self.request, _("Nothing was stored: correct the rows below and upload the file again."))
            return self.render_to_response(self.get_context_data(form=form, result=result))
        replace = form.cleaned_data["mode"] == ResidentListUploadForm.REPLACE
        size = store_resident_list(authority, result, by=self.request.user, replace=replace)
        messages.success(
            self.request,
            _("%(count)d residents read in %(seconds).1f seconds; the resident list of %(lao)s now has %(size)d "
              "people.") % {"count": len(result.entries), "seconds": time.monotonic() - started,
                            "lao": authority, "size": size},
        )
        return redirect("identity_resident_lists")
