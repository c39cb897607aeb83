"""Wagtail admin views the portal serves in place of Wagtail's own (``urls.py``), subclassed.

- The install-wide reports, narrowed to the user's scope: their lists and their filters' choices
  (the people who locked a page, who asked for an approval) come from the user's LAOs only.
- The external-link chooser, whose form fails (500) on a POST without a URL field.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.choosers import ExternalLinkChooserForm, URLOrAbsolutePathField
from wagtail.admin.views.chooser import ExternalLinkView
from wagtail.admin.views.reports.locked_pages import LockedPagesReportFilterSet, LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowReportFilterSet, WorkflowView
from wagtail.models import Page, WorkflowState
from wagtail_localize.views.report import TranslationsReportView

import django_filters

from .scope import scope_for


def _people(request, ids):
    User = get_user_model()
    return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


def _lockers(request):
    pages = scope_for(request).pages(Page.objects.filter(locked=True))
    return _people(request, pages.values("locked_by_id"))


def _requesters(request):
    pages = scope_for(request).pages(Page.objects.all())
    states = WorkflowState.objects.filter(base_content_type__model="page", base_content_type__app_label="wagtailcore",
                                          object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)])
    return _people(request, states.values("requested_by_id"))


class ScopedLockedPagesFilterSet(LockedPagesReportFilterSet):
    locked_by = django_filters.ModelChoiceFilter(
        label=_("Locked by"), empty_label=_("Anyone"), field_name="locked_by", queryset=_lockers)


class ScopedLockedPagesView(LockedPagesView):
    filterset_class = ScopedLockedPagesFilterSet

    def get_queryset(self):
        return scope_for(self.request).pages(super().get_queryset())


class ScopedWorkflowFilterSet(WorkflowReportFilterSet):
    requested_by = django_filters.ModelChoiceFilter(field_name="requested_by", queryset=_requesters)


class ScopedWorkflowView(WorkflowView):
    filterset_class = ScopedWorkflowFilterSet


class ScopedTranslationsReportView(TranslationsReportView):
    def get_queryset(self):
        scope = scope_for(self.request)
        translations = super().get_queryset()
        if scope.unrestricted:
            return translations
        keys = scope.pages(Page.objects.all()).values("translation_key")
        return translations.filter(source__object_id__in=keys)


class _URLField(URLOrAbsolutePathField):
    def to_python(self, value):
        return super().to_python(value or "")  # a missing field is an empty one: "required"


class _ExternalLinkForm(ExternalLinkChooserForm):
    url = _URLField(required=True, label=_("URL"))


class ExternalLinkChooserView(ExternalLinkView):
    form_class = _ExternalLinkForm
