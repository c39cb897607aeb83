"""Submitting, showing, supporting an idea (routes of the place it was proposed in: a consultation
page, or the LAO's idea box) and the author's "my ideas" page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ideas.models import Idea, IdeaPhoto, SubmitterStanding
from participation.eligibility import Action
from participation.state import OPEN, Participation
from portal.identity.models import StandingKind
from portal.snippets.moderation_reasons import ModerationReason
from portal.tenancy.current import authority_for_request

from . import form_steps, outcomes
from .forms import IdeaForm
from .lifecycle import log_submission


def prescreen(title, description, authority):
    """The pre-screen's findings for a moderator (personal data masked); never blocks a submission."""
    from portal.snippets.prescreen import screen

    verdict = screen(f"{title}\n{description}", authority)
    return [{"category": str(r.category), "matched": r.matched, "detail": str(r.detail)} for r in verdict.reasons]


def _standing_of(standing):
    """What a person is to the LAO, recorded with what they submit: from their current standing
    (whatever the audience required)."""
    if standing is None:
        return SubmitterStanding.SIGNED_IN
    return SubmitterStanding.LOCAL if standing.kind == StandingKind.LOCAL else SubmitterStanding.OUTSIDER


def submit_idea(page, request):
    """An idea sent from a consultation's idea form (a route of the page)."""
    back = f"{page.get_url(request)}#ideas"
    if request.method != "POST":
        return redirect(back)
    participation = Participation(page, request)
    form_blocks = [child for child in page.body if child.block_type == "idea_form"]
    if not form_blocks:
        return redirect(back)
    state = form_blocks[0].block.block_state(form_blocks[0].value, participation)
    return receive_idea(page, request, participation, state, back)


def receive_idea(page, request, participation, state, back):
    """Check and save an idea sent to ``page`` (a consultation, or the LAO's idea box).

    Refused with the reason when the place is not open or the person may not submit; a form
    with errors is shown again as typed (400); the same form sent twice makes one idea.
    """
    if state.window != OPEN:
        messages.error(request, _("Idea collection is not open."))
        return redirect(back)
    if not state.decision.allowed:
        messages.error(request, state.decision.message)
        return redirect(back)
    step = form_steps.requested(request)
    if step is not None:
        return step.view(page, request)  # a step before sending (similar ideas), without JavaScript
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
                estimated_cost=data.get("estimated_cost"), standing=_standing_of(participation.standing),
                category=data["category"], screening=prescreen(data["title"], data["description"], authority),
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
    ideas = list(ideas)
    panels = outcomes.my_ideas_panels(request, ideas)
    for idea in ideas:
        idea.outcome_panels = panels.get(idea.pk, [])
    return render(request, "ideas/my_ideas.html", {"ideas": ideas})


def took_part_in_submitting(participation):
    return Idea.objects.filter(
        consultation_key=participation.page.translation_key, author=participation.user
    ).exists()


def register_took_part_check():
    from participation.state import TOOK_PART_CHECKS

    TOOK_PART_CHECKS[Action.SUBMIT] = took_part_in_submitting


def _published_idea(page, idea_id):
    from django.http import Http404

    from .listing import published_ideas

    idea = published_ideas(page).filter(pk=idea_id).first()
    if idea is None:
        raise Http404("No such published idea")
    return idea


def idea_detail(page, request, idea_id, comment_form=None):
    from participation.state import Participation

    from .listing import supported_by

    idea = _published_idea(page, idea_id)
    participation = Participation(page, request)
    support_block_state = _support_state(page, participation)
    url = request.build_absolute_uri(page.get_url(request) + page.reverse_subpage("idea", args=[idea.pk]))
    from urllib.parse import quote

    return page.render(request, template="ideas/idea_page.html", context_overrides={
        "idea": idea, "participation": participation, "support_state": support_block_state,
        "supported": idea.pk in supported_by(request.user, [idea]),
        "outcome_panels": outcomes.page_panels(request, idea, page.get_url(request)),
        "page_url": page.get_url(request),
        # Back to where the idea was proposed: the consultation, or the idea box's list.
        "back_url": page.index_url() if hasattr(page, "index_url") else page.get_url(request),
        "back_label": page.title,
        "flag_reasons": ModerationReason.choices,
        "idea_comment_url": page.get_url(request) + page.reverse_subpage("comment_idea", args=[idea.pk]),
        "share_url": url, "line_share_url": "https://social-plugins.line.me/lineit/share?url=" + quote(url, safe=""),
        **_comments_context(page, idea, participation, comment_form),
    })


def _comments_context(page, target, participation, comment_form=None):
    """The comments of a page or an idea, and whether (and why not) the visitor may comment."""
    from ideas.comments import CommentForm, comment_window, published_comments
    from participation.state import BlockState

    decision = participation.decision(Action.COMMENT)
    state = BlockState(comment_window(page, participation), page.ideas_start, None, decision)
    return {
        "comments": list(published_comments(target, page.authority)),
        "comment_state": state,
        "comment_form": comment_form or (CommentForm() if state.can_act else None),
    }


def _support_state(page, participation):
    from participation.state import BlockState, window

    decision = participation.decision(Action.SUPPORT)
    return BlockState(window(participation.today, page.ideas_start, page.ideas_end), page.ideas_start,
                      page.ideas_end, decision)


def support_idea(page, request, idea_id):
    from ideas.models import Support
    from participation.state import Participation

    back = page.get_url(request) + page.reverse_subpage("idea", args=[idea_id])
    if request.method != "POST":
        return redirect(back)
    idea = _published_idea(page, idea_id)
    participation = Participation(page, request)
    state = _support_state(page, participation)
    if state.window != OPEN:
        messages.error(request, _("Supports are counted only while ideas are collected."))
        return redirect(back)
    if not state.decision.allowed:
        messages.error(request, state.decision.message)
        return redirect(back)
    if request.POST.get("action") == "withdraw":
        Support.objects.filter(idea=idea, user=request.user).delete()
        messages.info(request, _("Your support is withdrawn."))
        return redirect(back)
    try:
        with transaction.atomic():
            Support.objects.create(idea=idea, user=request.user, standing=_standing_of(participation.standing))
    except IntegrityError:
        messages.info(request, _("You already support this idea."))
    else:
        messages.success(request, _("Thank you for your support."))
    return redirect(back)
