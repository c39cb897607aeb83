"""The views of ``views.py`` at Wagtail's own addresses: listed before Wagtail's admin URLs, they
answer first, and every ``reverse()`` of Wagtail's names still gives these paths."""

from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from . import views

urlpatterns = decorate_urlpatterns([
    path("reports/locked/", views.ScopedLockedPagesView.as_view()),
    path("reports/locked/results/", views.ScopedLockedPagesView.as_view(results_only=True)),
    path("reports/workflow/", views.ScopedWorkflowView.as_view()),
    path("reports/workflow/results/", views.ScopedWorkflowView.as_view(results_only=True)),
    path("localize/reports/translations/", views.ScopedTranslationsReportView.as_view()),
    path("localize/reports/translations/results/", views.ScopedTranslationsReportView.as_view(results_only=True)),
    path("choose-external-link/", views.ExternalLinkChooserView.as_view()),
], require_admin_access)
