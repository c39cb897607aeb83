"""Posting a comment on a consultation page or on one of its ideas (routes of the page)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from ideas.comments import CommentForm, comment_window, post_comment
from participation.eligibility import Action
from participation.state import OPEN, Participation

from .views import _published_idea, _standing_of, idea_detail


def post_page_or_idea_comment(page, request, idea_id=None):
    target = _published_idea(page, idea_id) if idea_id else page
    base = page.get_url(request) + (page.reverse_subpage("idea", args=[idea_id]) if idea_id else "")
    back = f"{base}#comments"
    if request.method != "POST":
        return redirect(back)
    participation = Participation(page, request)
    if comment_window(page, participation) != OPEN:
        messages.error(request, _("Comments are closed."))
        return redirect(back)
    decision = participation.decision(Action.COMMENT)
    if not decision.allowed:
        messages.error(request, decision.message)
        return redirect(back)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            comment = post_comment(
                page=page, target=target, user=request.user, text=form.cleaned_data["comment"],
                parent_id=form.cleaned_data.get("parent"), followup=form.cleaned_data["followup"],
                standing=_standing_of(participation.standing),
            )
        except forms.ValidationError as error:
            form.add_error(None, error)
        else:
            if comment.is_public:
                messages.success(request, _("Thank you: your comment is published."))
            else:
                messages.success(request, _("Thank you: your comment will appear once a moderator has read it."))
            return redirect(back)
    messages.error(request, _("Your comment was not sent yet: please check it below."))
    if idea_id:
        response = idea_detail(page, request, idea_id, comment_form=form)
    else:
        response = page.render(request, context_overrides={"comment_form": form})
    response.status_code = 400
    return response
