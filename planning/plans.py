"""The local development plan: projects from accepted ideas and funded ballot projects, and
the rows of its ผ.02 table."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.log_actions import log

from ballots.models import Ballot, BallotProject, ResultStatus
from ideas.models import Idea, IdeaState
from portal.templatetags.thai_dates import fiscal_year_of

from .models import PlanProject, ProgressPhoto, ProjectSource, TriageOutcome
from .progress import delete_photo_files_on_commit


def next_plan_year(today=None):
    """The first year of the plan a new project most likely goes into: next fiscal year (BE).

    A fiscal year starts on 1 October, so on 26 November 2026 (fiscal year 2570) it is 2571.
    """
    return fiscal_year_of(today or timezone.localdate()) + 1


def accepted_ideas_waiting(authority):
    """Published ideas decided "within authority" that no plan project takes up yet."""
    return (Idea.objects.filter(authority=authority, state=IdeaState.PUBLISHED,
                                triage_decisions__current=True, triage_decisions__outcome=TriageOutcome.WITHIN)
            .filter(plan_projects__isnull=True)
            .select_related("village", "category").order_by("pk"))


def funded_projects_waiting(authority):
    """Projects funded by a counted ballot of the LAO that no plan project takes up yet."""
    selected = []
    for ballot in Ballot.objects.filter(authority=authority, result_status=ResultStatus.DONE):
        # The stored result names projects by their pk as text ("12"), as in the .pb file.
        selected += [int(pk) for pk in (ballot.result or {}).get("selected", []) if str(pk).isdigit()]
    return (BallotProject.objects.filter(ballot__authority=authority, pk__in=selected)
            .filter(Q(plan_project__isnull=True)).select_related("village").order_by("pk"))


def initial_from_ideas(ideas):
    ideas = list(ideas)
    if not ideas:
        return {}
    first = ideas[0]
    cost = sum((i.estimated_cost for i in ideas if i.estimated_cost is not None), 0) or None
    return {
        "title": first.title,
        "objective": "\n".join(i.description for i in ideas)[:2000],
        "village": first.village,
        "function": first.category,
        "budget_year_1": cost,
        "source_ideas": ideas,
        "source": ProjectSource.IDEA,
        "first_year": next_plan_year(),
    }


def initial_from_ballot_project(project):
    return {
        "title": project.title,
        "objective": project.description,
        "village": project.village,
        "budget_year_1": project.cost,
        "source_ideas": list(project.source_ideas.all()),
        "source": ProjectSource.BALLOT,
        "first_year": next_plan_year(),
    }


def export_rows(projects):
    rows = []
    for project in projects:
        rows.append({
            "project": project.title,
            "objective": project.objective,
            "target_output": project.target_output,
            **{f"budget_year_{n}": amount for n, amount in enumerate(project.budgets, start=1)},
            "kpi": project.kpi,
            "expected_result": project.expected_result,
            "responsible_unit": project.responsible_unit,
            "strategy": project.strategy,
            "plan_area": project.plan_area,
            "authority_function": str(project.function) if project.function_id else "",
            "village": str(project.village) if project.village_id else "",
            "source": project.get_source_display(),
            "total_budget": project.total_budget,
            "start_date": project.start_date,
            "progress": project.progress,
        })
    return rows


def projects_for_plan(authority, first_year):
    return (PlanProject.objects.filter(authority=authority, first_year=first_year)
            .exclude(status="cancelled").select_related("function", "village").order_by("pk"))


def what_deleting_loses(project):
    """What deleting ``project`` takes with it, and what it gives back, for the confirmation page."""
    updates = list(project.updates.all())
    return {
        "updates": updates,
        "photos": ProgressPhoto.objects.filter(update__project=project).count(),
        "ideas": list(project.source_ideas.order_by("pk")),
        "ballot_project": project.ballot_project,
    }


@transaction.atomic
def delete_project(project, *, by):
    """Delete a plan project entered by mistake, with its progress updates and their photos.

    The ideas it came from and its funded ballot project are kept: they are other people's and
    the ballot's record. Nothing else marks them as taken up, so they are listed again as
    waiting on the plan page. Logged as ``wagtail.delete`` with the project's fields; nobody is
    e-mailed. The photos' files are deleted from storage once that is committed.
    """
    project = PlanProject.objects.select_for_update().get(pk=project.pk)
    names = list(ProgressPhoto.objects.filter(update__project=project).values_list("image", flat=True))
    log(project, "wagtail.delete", user=by, deleted=True, data={
        "authority": project.authority_id, "title": project.title, "first_year": project.first_year,
        "budgets": project.budgets, "source": project.source, "status": project.status,
        "progress": project.progress, "source_ideas": list(project.source_ideas.values_list("pk", flat=True)),
        "ballot_project": project.ballot_project_id, "updates": project.updates.count(), "photos": names,
    })
    project.delete()
    delete_photo_files_on_commit(names)
