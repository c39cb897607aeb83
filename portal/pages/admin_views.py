"""Wagtail admin view: import a budget summary's lines from a spreadsheet into a new draft."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail_localize.models import Translation

from .budget_import import parse_budget_file, replace_budget_lines
from .forms import BudgetImportForm
from .models import BudgetSummaryPage


def is_translation_target(page):
    """True for a page wagtail-localize fills from its source: its lines follow the source's."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).exists()


class BudgetImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a CSV or XLSX; every error is listed by row, and nothing is saved unless all rows are good.

    Only users who may edit the page get here (403 otherwise). Success saves a draft revision;
    publishing stays a separate, deliberate step.
    """

    form_class = BudgetImportForm
    template_name = "pages/admin/budget_import.html"
    page_title = gettext_lazy("Import budget lines")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(BudgetSummaryPage, pk=kwargs["page_id"])
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.refusal = self.get_refusal(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_refusal(self, user):
        lock = self.page.get_lock()
        if lock and lock.for_user(user):
            return _("This page is locked; unlock it before importing.")
        if is_translation_target(self.page):
            return _("This page is a translation: import the lines into the source page; "
                     "the translation follows it.")
        return ""

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.id]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        draft = self.page.get_latest_revision_as_object()
        context.update(page=self.page, refusal=self.refusal, line_count=len(draft.budget_lines.all()))
        return context

    def form_valid(self, form):
        if self.refusal:
            # The refusal is already shown above the form.
            return self.form_invalid(form)
        upload = form.cleaned_data["file"]
        result = parse_budget_file(upload.name, upload.read())
        if result.errors:
            messages.error(
                self.request, _("Nothing was imported: correct the rows below and upload the file again.")
            )
            return self.render_to_response(self.get_context_data(form=form, import_errors=result.errors))
        replace_budget_lines(self.page, result.rows, user=self.request.user)
        messages.success(
            self.request,
            _("%(count)d budget lines imported into a new draft of “%(title)s”. Review it, then publish.")
            % {"count": len(result.rows), "title": self.page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", self.page.id)
