"""What the public sees of the officers' work: plan projects and their progress on the LAO's
site, the referrals (on an LAO's site and, for every LAO, on the central site), and each
idea's outcome (idea_panels.py)."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ideas.models import IdeaState
from portal.tenancy.current import authority_for_request

from .models import PlanProject, ProgressUpdate, ProjectStatus, ReferralStatus

PUBLIC_STATUSES = [ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS, ProjectStatus.DONE]


def project_url(project, request=None):
    """The full URL of the project's public page, on its LAO's site, in Thai."""
    site = project.authority.site
    with translation.override("th"):
        path = reverse("planning:project", args=[project.pk])
    return site.root_url + path if site is not None else path


def central_referrals_url(authority, request=None):
    """The central site's referrals page filtered to the LAO's province and district."""
    from urllib.parse import urlencode

    from django.conf import settings

    port = "" if settings.PORTAL_PORT in (80, 443) else f":{settings.PORTAL_PORT}"
    scheme = request.scheme if request is not None else "https"
    params = {"province": authority.province_id}
    if authority.district_th:
        params["district"] = authority.district_th
    return f"{scheme}://{settings.PORTAL_DOMAIN}{port}{reverse('planning:referrals')}?{urlencode(params)}"


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


@require_GET
def referral_list(request):
    """The ideas referred outside the LAO and their status: one LAO's on its site, every
    provisioned LAO's on the central site (by province, district and kind of LAO)."""
    from . import public_referrals as pr
    from .referrals import idea_urls

    authority = authority_for_request(request)
    central = authority is None
    form = pr.ReferralFilterForm(request.GET or None, central=central)
    referrals = pr.filtered(pr.public_referrals(authority), form, with_status=False)
    counts, total = pr.summary(referrals)
    status = form.value("status")
    matching = next(n for value, _label, n in counts if value == status) if status else total
    summary = [{"label": label, "count": n, "chosen": value == status,
                "query_string": form.query_string(status="" if value == status else value)}
               for value, label, n in counts]
    if status:
        referrals = referrals.filter(status=status)
    paginator = Paginator(pr.rows_of(referrals), pr.PER_PAGE)
    paginator.count = matching  # known from the summary: no second COUNT query
    page = paginator.get_page(request.GET.get("page"))
    rows = list(page.object_list)
    urls = idea_urls([row.idea for row in rows], request)
    return render(request, "planning/referral_list.html", {
        "central": central, "form": form, "counts": summary, "total": total, "matching": matching,
        "status_label": ReferralStatus(status).label if status else "",
        "page_obj": page, "rows": [(row, urls.get(row.idea_id)) for row in rows],
        "query_string": form.query_string(), "export_limit": pr.EXPORT_LIMIT,
    })


EXPORT_FORMATS = ("csv", "xlsx")


@require_GET
def referral_export(request, format):
    """The filtered list as CSV or XLSX (the newest ``EXPORT_LIMIT`` referrals)."""
    from portal.documents.tables import table_response

    from . import public_referrals as pr
    from .referrals import idea_urls

    if format not in EXPORT_FORMATS:
        raise Http404("Unknown format")
    authority = authority_for_request(request)
    form = pr.ReferralFilterForm(request.GET or None, central=authority is None)
    rows = list(pr.rows_of(pr.filtered(pr.public_referrals(authority), form))[:pr.EXPORT_LIMIT])
    urls = idea_urls([row.idea for row in rows], request)
    day = timezone.localdate()
    where = authority.full_name if authority is not None else _("All local authorities")
    title = "\n".join(line for line in [_("Ideas referred to other bodies"), where, form.description] if line)
    filename_where = authority.full_name_th if authority is not None else "ทุก อปท."
    return table_response(pr.export_table(rows, urls, title), format,
                          filename=f"ข้อเสนอที่ส่งต่อ {filename_where} {day.isoformat()}")
