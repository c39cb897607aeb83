"""The citizen's side of a ballot: check the choice, confirm it, cast it; download the result file.

Routes of the consultation page, so they are served only on the page's own LAO site.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from participation.eligibility import Action
from participation.state import OPEN, Participation, window

from . import casting
from .display import ballot_for, projects_for


def _back(page, request):
    return f"{page.get_url(request)}#ballot"


def cast(page, request):
    """POST the chosen projects: first a confirmation page, then (``confirm``) the final ballot."""
    back = _back(page, request)
    if request.method != "POST":
        return redirect(back)
    participation = Participation(page, request)
    ballot = ballot_for(participation)
    if ballot is None:
        raise Http404("No ballot")
    if window(participation.today, page.voting_start, page.voting_end) != OPEN:
        messages.error(request, _("Voting is not open."))
        return redirect(back)
    decision = participation.decision(Action.VOTE)
    if not decision.allowed:
        messages.error(request, decision.message)
        return redirect(back)
    if casting.has_voted(ballot, request.user):
        messages.info(request, _("You have already voted; a ballot is final once cast."))
        return redirect(back)
    projects = projects_for(participation)
    try:
        choice = casting.check(ballot, request.POST.getlist("project"), projects)
    except casting.BallotError as error:
        messages.error(request, str(error))
        query = "&".join(f"project={value}" for value in request.POST.getlist("project") if value.isdigit())
        return redirect(f"{page.get_url(request)}?{query}#ballot" if query else back)
    if request.POST.get("confirm") != "yes":
        return TemplateResponse(request, "ballots/ballot_confirm.html", {
            "page": page, "ballot": ballot, "choice": choice, "left": ballot.budget - choice.total,
            "participation": participation, "authority": page.authority, "page_url": page.get_url(request),
        })
    try:
        casting.cast_online(ballot, request.user, choice, casting.standing_of(decision))
    except casting.AlreadyVoted:
        messages.info(request, _("You have already voted; a ballot is final once cast."))
    else:
        messages.success(request, _("Your ballot is cast. Thank you: it is final and counted once."))
    return redirect(back)


def result_file(page, request):
    """The ballot's anonymised Pabulib file, once the result is published."""
    from .results import published_result, to_pabulib

    participation = Participation(page, request)
    ballot = ballot_for(participation)
    if ballot is None or published_result(ballot, page, participation.today) is None:
        raise Http404("No published result")
    from pb import dumps

    response = HttpResponse(dumps(to_pabulib(ballot, page)), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="ruamkhit-{page.authority.dla_code}-{page.pk}.pb"'
    return response
