"""Submitting an idea (a route of the consultation page) and the author's "my ideas" page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from consultations.eligibility import Action
from consultations.models import Idea, IdeaPhoto, SubmitterStanding
from consultations.participation import OPEN, Participation
from portal.identity.models import StandingKind
from portal.tenancy.current import authority_for_request

from .forms import IdeaForm
from .lifecycle import log_submission


def _standing_of(decision):
    if decision.standing is None:
        return SubmitterStanding.SIGNED_IN
    return SubmitterStanding.LOCAL if decision.standing.kind == StandingKind.LOCAL else SubmitterStanding.OUTSIDER


def submit_idea(page, request):
    back = f"{page.get_url(request)}#ideas"
    if request.method != "POST":
        return redirect(back)
    participation = Participation(page, request)
    form_blocks = [child for child in page.body if child.block_type == "idea_form"]
    if not form_blocks:
        return redirect(back)
    state = form_blocks[0].block.block_state(form_blocks[0].value, participation)
    if state.window != OPEN:
        messages.error(request, _("Idea collection is not open."))
        return redirect(back)
    if not state.decision.allowed:
        messages.error(request, state.decision.message)
        return redirect(back)
    authority = page.authority
    form = IdeaForm(request.POST, request.FILES, authority=authority)
    if not form.is_valid():
        messages.error(request, _("Your idea was not sent yet: please check the fields marked below."))
        response = page.render(request, context_overrides={"idea_form": form})
        response.status_code = 400
        return response
    data = form.cleaned_data
    try:
        with transaction.atomic():
            idea = Idea.objects.create(
                authority=authority, consultation_key=page.translation_key, author=request.user,
                submission_token=data["submission_token"], title=data["title"], description=data["description"],
                village=form.chosen_village, outside_area=form.chosen_village is None,
                latitude=data.get("latitude"), longitude=data.get("longitude"),
                estimated_cost=data.get("estimated_cost"), standing=_standing_of(state.decision),
            )
            for order, photo in enumerate(data["photos"]):
                IdeaPhoto.objects.create(idea=idea, image=photo, sort_order=order)
            log_submission(idea)
    except IntegrityError:
        # The same form sent twice (a double click, a retry): one idea.
        messages.info(request, _("We already have this idea; it was not sent twice."))
        return redirect(back)
    messages.success(request, _("Thank you: your idea was received and waits for review before it is published."))
    return redirect(back)


@login_required
def my_ideas(request):
    authority = authority_for_request(request)
    ideas = Idea.objects.filter(author=request.user).select_related("authority").order_by("-submitted_at")
    if authority is not None:
        ideas = ideas.filter(authority=authority)
    return render(request, "consultations/my_ideas.html", {"ideas": ideas})


def took_part_in_submitting(participation):
    return Idea.objects.filter(
        consultation_key=participation.page.translation_key, author=participation.user
    ).exists()


def register_took_part_check():
    from consultations.participation import TOOK_PART_CHECKS

    TOOK_PART_CHECKS[Action.SUBMIT] = took_part_in_submitting
