"""A poll's answer, served as a route of the page that holds the poll (a consultation).

The page passes itself: routes of a page (``RoutablePageMixin``) are served only on the page's
own site, so a request can never touch another LAO's consultation.
"""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from participation.state import OPEN, TOOK_PART, Participation

from .models import PollAnswer


def _poll_block(page, block_id):
    for child in page.body:
        if child.block_type == "poll" and child.id == block_id:
            return child
    raise Http404("No such poll")


def answer_poll(page, request, block_id):
    child = _poll_block(page, block_id)
    back = f"{page.get_url(request)}#poll-{block_id}"
    if request.method != "POST":
        return redirect(back)
    participation = Participation(page, request)
    state = child.block.block_state(child.value, participation, block_id)
    if state.window != OPEN:
        messages.error(request, _("This poll is not open."))
        return redirect(back)
    if state.visitor == TOOK_PART:
        messages.info(request, _("You have already answered this poll; one answer per person."))
        return redirect(back)
    if not state.decision.allowed:
        messages.error(request, state.decision.message)
        return redirect(back)
    choices = list(child.value["choices"])
    try:
        choice = int(request.POST.get("choice", ""))
        if not 0 <= choice < len(choices):
            raise ValueError
    except ValueError:
        messages.error(request, _("Choose one of the answers, then press “Send answer”."))
        return redirect(back)
    try:
        with transaction.atomic():
            PollAnswer.objects.create(
                authority=page.authority,
                consultation_key=page.translation_key,
                block_id=block_id,
                user=request.user,
                choice=choice,
                choice_label=choices[choice],
            )
    except IntegrityError:
        # A second request of the same person (a double click, another tab) lost the race.
        messages.info(request, _("You have already answered this poll; one answer per person."))
    else:
        messages.success(request, _("Thank you: your answer is counted."))
    return redirect(back)
