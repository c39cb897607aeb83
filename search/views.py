"""The search page of every site, and the similar-ideas list the idea form asks for."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from consultations.models import ConsultationPage
from ideas.box import BoxPlace
from portal.pages.active_locale import active_locale_id
from portal.tenancy.current import authority_for_request

from .forms import SearchForm
from .results import search
from .scope import Scope
from .similar import similar_ideas

EXAMPLES = ("ถนน", "น้ำท่วม", "ขยะ", "เบี้ยยังชีพ", "ตลาด")


def central_search_url(request, text):
    """This search on the DLA's central site (all LAOs)."""
    port = "" if settings.PORTAL_PORT in (80, 443) else f":{settings.PORTAL_PORT}"
    prefix = "/en" if request.LANGUAGE_CODE == "en" else ""
    return f"{request.scheme}://{settings.PORTAL_DOMAIN}{port}{prefix}/search/?{urlencode({'q': text})}"


def _page_number(value):
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


@require_GET
def search_page(request):
    """An LAO's site searches that LAO only; the central site searches every LAO, by province and kind."""
    authority = authority_for_request(request)
    central = authority is None
    form = SearchForm(request.GET or None, central=central)
    scope = Scope(
        locale_id=active_locale_id(), authority=authority,
        province=form.value("province") if central else None, kind=form.value("kind") if central else "",
    )
    outcome = None
    if form.text and scope.locale_id is not None:
        outcome = search(scope, form.text, kinds=form.kinds, page=_page_number(request.GET.get("page")),
                         request=request)
    return render(request, "search/search.html", {
        "form": form, "outcome": outcome, "central": central, "examples": EXAMPLES,
        "query_string": form.query_string(),
        "central_search_url": "" if central else central_search_url(request, form.text),
    })


@require_GET
def similar_ideas_fragment(request):
    """The similar-ideas list for a title being typed in an idea form (HTML): a consultation's
    (``?consultation=<page id>``) or the LAO's idea box (``?box=1``)."""
    authority = authority_for_request(request)
    consultation = request.GET.get("consultation", "")
    if authority is not None and request.GET.get("box") == "1":
        page = BoxPlace(authority)
    else:
        if authority is None or not consultation.isdigit():
            raise Http404("No consultation here")
        page = ConsultationPage.objects.live().filter(pk=int(consultation)).first()
        if page is None or page.authority != authority:
            raise Http404("No consultation here")
    title = request.GET.get("title", "")[:200]
    return render(request, "search/_similar_ideas.html", {
        "similar_ideas": similar_ideas(page, title, request), "similar_checked": bool(title.strip()),
    })
