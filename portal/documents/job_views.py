"""The page of a PDF being made in the background, and its download (``portal.documents.jobs``)."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .jobs import jobs_of
from .models import JobStatus
from .response import file_response

REFRESH_SECONDS = 3


class ExportJobView(WagtailAdminTemplateMixin, TemplateView):
    """Only the person who asked for the document sees it: anyone else gets a 404."""

    page_title = gettext_lazy("Document being made")
    header_icon = "doc-full"
    template_name = "documents/admin/export_job.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = get_object_or_404(jobs_of(self.request.user).defer("html", "content"), pk=kwargs["job_id"])
        context.update({"job": job, "pending": job.status in (JobStatus.QUEUED, JobStatus.RUNNING),
                        "refresh_seconds": REFRESH_SECONDS})
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        add_never_cache_headers(response)
        return response


class ExportJobDownloadView(View):
    def get(self, request, job_id):
        job = get_object_or_404(jobs_of(request.user), pk=job_id)
        if job.status != JobStatus.DONE or job.content is None:
            raise Http404("Not ready")
        response = file_response(bytes(job.content), f"{job.filename}.pdf", "application/pdf")
        add_never_cache_headers(response)
        return response
