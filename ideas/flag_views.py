"""Flagging an idea or a comment of a consultation (routes of the page)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from ideas.comments import published_comments
from ideas.moderation.flags import flag_item
from participation.eligibility import Action, Audience, decide
from participation.state import Participation
from portal.snippets.moderation_reasons import ModerationReason

from .views import _published_idea


def flag(page, request, idea_id=None, comment_id=None):
    idea = _published_idea(page, idea_id) if idea_id else None
    back = page.get_url(request) + (page.reverse_subpage("idea", args=[idea_id]) if idea_id else "")
    if request.method != "POST":
        return redirect(back)
    participation = Participation(page, request)
    decision = decide(request.user, Audience.SIGNED_IN, Action.COMMENT, consented=participation.consented
                      if participation.is_authenticated else True)
    if not decision.allowed:
        messages.error(request, decision.message)
        return redirect(back)
    comment = None
    if comment_id is not None:
        target = idea if idea is not None else page
        comment = published_comments(target, page.authority).filter(pk=comment_id).first()
        if comment is None:
            raise Http404("No such comment")
    reason = request.POST.get("reason", "")
    if reason not in ModerationReason.values:
        messages.error(request, _("Choose why you report it."))
        return redirect(back)
    created, hidden = flag_item(authority=page.authority, user=request.user, reason=reason,
                                idea=None if comment is not None else idea, comment=comment)
    if not created:
        messages.info(request, _("You have already reported this."))
    elif hidden:
        messages.success(request, _("Thank you: it is hidden until a moderator has looked at it."))
    else:
        messages.success(request, _("Thank you: a moderator will look at it."))
    return redirect(back)
