"""The plan: projects from accepted ideas and funded ballot projects, progress, the ผ.02 export."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from ballots.models import BallotProject
from planning import plans, progress
from planning.documents import plan_context
from planning.forms import PlanProjectForm, ProgressEditForm, ProgressForm
from planning.models import PlanProject, ProgressUpdate, ProjectSource
from planning.public import project_url
from portal.documents.layouts import layout_table
from portal.documents.tables import FORMATS, table_response

from .base import OfficerMixin


class PlanIndexView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Development plan")
    template_name = "planning/admin/plan_index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        authority = self.chosen_authority()
        projects = list(PlanProject.objects.filter(authority=authority).select_related("village")
                        .order_by("-first_year", "pk"))
        years = sorted({p.first_year for p in projects}, reverse=True) or [plans.next_plan_year()]
        context.update({
            "authority": authority, "projects": projects, "years": years,
            "ideas_waiting": list(plans.accepted_ideas_waiting(authority)[:200]),
            "ballot_projects_waiting": list(plans.funded_projects_waiting(authority)),
            "formats": FORMATS,
        })
        return context


class PlanProjectView(OfficerMixin, TemplateView):
    page_title = gettext_lazy("Plan project")
    template_name = "planning/admin/plan_project.html"

    def setup_objects(self, project_id):
        if project_id:
            self.project = get_object_or_404(PlanProject.objects.filter(authority__in=self.authorities), pk=project_id)
            self.authority = self.project.authority
        else:
            self.project = None
            self.authority = self.chosen_authority()
        self.ideas = self.published_ideas().filter(authority=self.authority)
        self.ballot_project = None
        wanted = self.request.GET.get("ballot_project") or self.request.POST.get("ballot_project")
        if self.project is None and wanted:
            self.ballot_project = get_object_or_404(
                BallotProject.objects.filter(ballot__authority=self.authority), pk=wanted if wanted.isdigit() else 0)

    def form(self, data=None):
        initial = {}
        if self.project is None:
            if self.ballot_project is not None:
                initial = plans.initial_from_ballot_project(self.ballot_project)
            else:
                chosen = [v for v in self.request.GET.getlist("idea") if v.isdigit()]
                initial = plans.initial_from_ideas(self.ideas.filter(pk__in=chosen)) if chosen else {
                    "first_year": plans.next_plan_year()}
        return PlanProjectForm(data, instance=self.project, initial=initial, authority=self.authority,
                               ideas=self.ideas)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({
            "project": self.project, "authority": self.authority, "ballot_project": self.ballot_project,
            "form": kwargs.get("form") or self.form(),
            "updates": list(self.project.updates.prefetch_related("photos").select_related("by"))
            if self.project else [],
            "progress_form": kwargs.get("progress_form") or ProgressForm(
                initial={"status": self.project.status, "percent": self.project.progress}) if self.project else None,
            "public_url": project_url(self.project, self.request) if self.project else "",
        })
        return context

    def get(self, request, project_id=None):
        self.setup_objects(project_id)
        return self.render_to_response(self.get_context_data())

    def post(self, request, project_id=None):
        self.setup_objects(project_id)
        if request.POST.get("action") == "progress":
            return self.record_progress(request)
        form = self.form(request.POST)
        if not form.is_valid():
            messages.error(request, _("The project was not saved: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        with transaction.atomic():
            project = form.save(commit=False)
            project.authority = self.authority
            if self.project is None:
                project.created_by = request.user
                if self.ballot_project is not None:
                    project.ballot_project = self.ballot_project
                    project.source = ProjectSource.BALLOT
                elif form.cleaned_data.get("source_ideas"):
                    project.source = ProjectSource.IDEA
            project.save()
            form.save_m2m()
        messages.success(request, _("Project saved."))
        return redirect(reverse("planning_plan_project", args=[project.pk]))

    def record_progress(self, request):
        if self.project is None:
            raise Http404("No project")
        form = ProgressForm(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(request, _("The progress was not recorded: check the form."))
            return self.render_to_response(self.get_context_data(progress_form=form))
        data = form.cleaned_data
        progress.record(self.project, status=data["status"], percent=data["percent"], text=data["text"],
                        on_date=data["on_date"], photos=data["photos"], by=request.user,
                        project_url=project_url(self.project, request))
        messages.success(request, _("Progress recorded; the people behind the ideas are told."))
        return redirect(reverse("planning_plan_project", args=[self.project.pk]))


class PlanProjectDeleteView(OfficerMixin, TemplateView):
    """Deleting a project entered by mistake: what will be lost (GET), then the deletion (POST).
    The ideas and the ballot project it came from are kept and wait for a project again."""

    page_title = gettext_lazy("Delete a plan project")
    template_name = "planning/admin/plan_project_delete.html"

    def setup_objects(self, project_id):
        self.project = get_object_or_404(
            PlanProject.objects.filter(authority__in=self.authorities).select_related("authority", "ballot_project"),
            pk=project_id)
        self.authority = self.project.authority

    def get(self, request, project_id):
        self.setup_objects(project_id)
        return self.render_to_response(self.get_context_data(
            project=self.project, authority=self.authority, **plans.what_deleting_loses(self.project)))

    def post(self, request, project_id):
        self.setup_objects(project_id)
        title = self.project.title
        plans.delete_project(self.project, by=request.user)
        messages.success(request, _("Project “%(title)s” deleted; the ideas and ballot projects it came from "
                                    "wait for a project again.") % {"title": title})
        return redirect(reverse("planning_plan") + f"?lao={self.authority.dla_code}")


class ProgressMixin(OfficerMixin):
    """A progress update of one of the officer's projects: anything else is a 404."""

    def setup_objects(self, project_id, update_id):
        self.project = get_object_or_404(PlanProject.objects.filter(authority__in=self.authorities)
                                         .select_related("authority"), pk=project_id)
        self.update = get_object_or_404(ProgressUpdate.objects.filter(project=self.project)
                                        .prefetch_related("photos"), pk=update_id)
        self.authority = self.project.authority

    def project_url(self):
        return reverse("planning_plan_project", args=[self.project.pk]) + "#progress"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"project": self.project, "update": self.update, "authority": self.authority,
                        "project_url": self.project_url()})
        return context


class ProgressEditView(ProgressMixin, TemplateView):
    """Correcting a progress update; the project's status and percent follow, nobody is e-mailed."""

    page_title = gettext_lazy("Edit a progress update")
    template_name = "planning/admin/progress_edit.html"

    def get(self, request, project_id, update_id):
        self.setup_objects(project_id, update_id)
        return self.render_to_response(self.get_context_data(form=ProgressEditForm(instance=self.update)))

    def post(self, request, project_id, update_id):
        self.setup_objects(project_id, update_id)
        form = ProgressEditForm(request.POST, request.FILES, instance=self.update)
        if not form.is_valid():
            messages.error(request, _("The progress update was not saved: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        progress.edit(self.update, by=request.user, on_date=data["on_date"], status=data["status"],
                      percent=data["percent"], text=data["text"], remove_photos=data.get("remove_photos") or [],
                      add_photos=data["photos"])
        messages.success(request, _("Progress update corrected. Nobody is e-mailed again."))
        return redirect(self.project_url())


class ProgressDeleteView(ProgressMixin, TemplateView):
    """Deleting a progress update, after a confirmation; nobody is e-mailed."""

    page_title = gettext_lazy("Delete a progress update")
    template_name = "planning/admin/progress_delete.html"

    def get(self, request, project_id, update_id):
        self.setup_objects(project_id, update_id)
        return self.render_to_response(self.get_context_data())

    def post(self, request, project_id, update_id):
        self.setup_objects(project_id, update_id)
        progress.delete(self.update, by=request.user)
        messages.success(request, _("Progress update deleted."))
        return redirect(self.project_url())


class PlanExportView(OfficerMixin, View):
    def get(self, request, format):
        if format not in FORMATS:
            raise Http404("Unknown format")
        authority = self.chosen_authority()
        year = request.GET.get("year", "")
        first_year = int(year) if year.isdigit() else plans.next_plan_year()
        projects = plans.projects_for_plan(authority, first_year)
        table = layout_table("plan", plans.export_rows(projects), plan_context(authority, first_year))
        return table_response(table, format, request=request, authority=authority,
                              filename=f"ผ.02 {authority.name_th} {first_year}-{first_year + 4}")
