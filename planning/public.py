"""What the public sees of the officers' work: plan projects and their progress on the LAO's
site, and each idea's outcome (templatetags/planning_tags.py)."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from consultations.models import IdeaState
from portal.tenancy.current import authority_for_request

from .models import PlanProject, ProgressUpdate, ProjectStatus

PUBLIC_STATUSES = [ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS, ProjectStatus.DONE]


def project_url(project, request=None):
    """The full URL of the project's public page, on its LAO's site, in Thai."""
    site = project.authority.site
    with translation.override("th"):
        path = reverse("planning:project", args=[project.pk])
    return site.root_url + path if site is not None else path


def public_projects(authority):
    return (PlanProject.objects.filter(authority=authority, status__in=PUBLIC_STATUSES)
            .select_related("village"))


def recent_progress(authority=None, limit=5, home_page=None):
    """The latest progress updates of an LAO's public projects (for its home page, whose
    translations share the Thai home page's translation key)."""
    updates = ProgressUpdate.objects.filter(project__status__in=PUBLIC_STATUSES)
    if home_page is not None:
        updates = updates.filter(project__authority__home_page__translation_key=home_page.translation_key)
    else:
        updates = updates.filter(project__authority=authority)
    return list(updates.select_related("project").order_by("-on_date", "-pk")[:limit])


def project_list(request):
    authority = authority_for_request(request)
    if authority is None:
        raise Http404("Projects belong to an LAO's site")
    projects = public_projects(authority).order_by("-first_year", "status", "pk")
    return render(request, "planning/project_list.html", {"projects": projects})


def project_detail(request, project_id):
    authority = authority_for_request(request)
    if authority is None:
        raise Http404("Projects belong to an LAO's site")
    project = (public_projects(authority).filter(pk=project_id)
               .prefetch_related(Prefetch("updates", queryset=ProgressUpdate.objects.prefetch_related("photos")))
               .first())
    if project is None:
        raise Http404("No such project")
    from .referrals import idea_urls

    ideas = list(project.source_ideas.filter(state=IdeaState.PUBLISHED))
    if project.ballot_project_id:
        ideas += [i for i in project.ballot_project.source_ideas.filter(state=IdeaState.PUBLISHED) if i not in ideas]
    urls = idea_urls(ideas, request)
    return render(request, "planning/project_page.html", {
        "project": project, "updates": list(project.updates.all()),
        "ideas": [(idea, urls.get(idea.pk)) for idea in ideas],
    })
