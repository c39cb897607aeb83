"""Moving an idea through its states, each change logged and its author told."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ideas.models import Idea, IdeaState, IdeaTransition

ALLOWED = {
    IdeaState.SUBMITTED: {IdeaState.PUBLISHED, IdeaState.REJECTED},
    IdeaState.PUBLISHED: {IdeaState.REJECTED, IdeaState.HIDDEN},
    IdeaState.HIDDEN: {IdeaState.PUBLISHED, IdeaState.REJECTED},
    IdeaState.REJECTED: {IdeaState.PUBLISHED},  # a moderator changes their mind
}


class TransitionError(ValueError):
    pass


@transaction.atomic
def change_state(idea, to_state, by=None, reason="", reason_code="", duplicate_of=None):
    """Move an idea to ``to_state``; a rejection needs a reason (a code or words)."""
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    if to_state not in ALLOWED.get(idea.state, set()):
        raise TransitionError(f"{idea.state} → {to_state} is not allowed")
    if to_state == IdeaState.REJECTED and not (reason.strip() or reason_code):
        raise TransitionError("a rejection needs a reason")
    from_state = idea.state
    idea.state = to_state
    idea.state_reason = reason
    idea.reason_code = reason_code
    idea.duplicate_of = duplicate_of
    if to_state == IdeaState.PUBLISHED and idea.published_at is None:
        idea.published_at = timezone.now()
    idea.save(update_fields=["state", "state_reason", "reason_code", "duplicate_of", "published_at"])
    IdeaTransition.objects.create(idea=idea, from_state=from_state, to_state=to_state, by=by, reason=reason,
                                  reason_code=reason_code)
    transaction.on_commit(lambda: notify_author(idea))
    return idea


def log_submission(idea):
    IdeaTransition.objects.create(idea=idea, from_state="", to_state=IdeaState.SUBMITTED, by=idea.author)


def notify_author(idea):
    """Tell the author by e-mail (in Thai) what became of their idea."""
    author = idea.author
    if author is None or not author.email:
        return
    with translation.override("th"):
        state = IdeaState(idea.state).label
        subject = _("Your idea “%(title)s”: %(state)s") % {"title": idea.title, "state": state}
        lines = [_("Your idea “%(title)s” is now: %(state)s.") % {"title": idea.title, "state": state}]
        if idea.reason_code:
            from portal.snippets.moderation_reasons import ModerationReason

            lines.append(_("Reason: %(reason)s") % {"reason": ModerationReason(idea.reason_code).label})
        if idea.state_reason:
            lines.append(_("Reason: %(reason)s") % {"reason": idea.state_reason})
        lines.append(_("See all your ideas on the “My ideas” page."))
    send_mail(subject, "\n\n".join(lines), settings.DEFAULT_FROM_EMAIL, [author.email])
