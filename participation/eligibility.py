"""Who may take part: one function answers "may this person do X in this consultation?".

A consultation sets, separately for each action (submitting ideas, commenting, supporting,
voting), who may do it: locals only, locals and verified outsiders, or anyone signed in. The
person's standing with the consultation's LAO (``portal.identity.Standing``) decides; the
answer carries a reason the participation blocks show in Thai.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.identity.models import Standing, StandingKind


class Audience(models.TextChoices):
    LOCALS = "locals", _("locals only")
    LOCALS_AND_OUTSIDERS = "locals_and_outsiders", _("locals and verified outsiders")
    SIGNED_IN = "signed_in", _("anyone signed in")


class Action(models.TextChoices):
    SUBMIT = "submit", _("submit ideas")
    COMMENT = "comment", _("comment")
    SUPPORT = "support", _("support ideas")
    VOTE = "vote", _("vote")
    ANSWER_POLL = "answer_poll", _("answer the poll")


# Why a person may not act, each with the message a block shows.
SIGN_IN = "sign_in"
VERIFY_RESIDENCE = "verify_residence"
VERIFY_IDENTITY = "verify_identity"
CONSENT = "consent"

_MESSAGES = {
    (SIGN_IN, Action.SUBMIT): _("Sign in to submit an idea."),
    (SIGN_IN, Action.COMMENT): _("Sign in to comment."),
    (SIGN_IN, Action.SUPPORT): _("Sign in to support ideas."),
    (SIGN_IN, Action.VOTE): _("Sign in to vote."),
    (SIGN_IN, Action.ANSWER_POLL): _("Sign in to answer."),
    (VERIFY_RESIDENCE, Action.SUBMIT): _("Only residents of this area may submit ideas here: verify your residence to submit."),
    (VERIFY_RESIDENCE, Action.COMMENT): _("Only residents of this area may comment here: verify your residence to comment."),
    (VERIFY_RESIDENCE, Action.SUPPORT): _("Only residents of this area may support ideas: verify your residence to support."),
    (VERIFY_RESIDENCE, Action.VOTE): _("Only residents of this area may vote: verify your residence to vote."),
    (VERIFY_RESIDENCE, Action.ANSWER_POLL): _("Only residents of this area may answer: verify your residence to answer."),
    (VERIFY_IDENTITY, Action.SUBMIT): _("Verify your identity (resident or outsider) to submit an idea."),
    (VERIFY_IDENTITY, Action.COMMENT): _("Verify your identity (resident or outsider) to comment."),
    (VERIFY_IDENTITY, Action.SUPPORT): _("Verify your identity (resident or outsider) to support ideas."),
    (VERIFY_IDENTITY, Action.VOTE): _("Verify your identity (resident or outsider) to vote."),
    (VERIFY_IDENTITY, Action.ANSWER_POLL): _("Verify your identity (resident or outsider) to answer."),
}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""  # SIGN_IN, VERIFY_RESIDENCE or VERIFY_IDENTITY when refused
    message: str = ""
    standing: Standing | None = None

    def __bool__(self):
        return self.allowed


CONSENT_MESSAGE = _("Consent to the privacy notice to take part: your opinions are sensitive personal data.")


def decide(user, audience, action, standing=None, consented=True):
    """The decision for a person with a known standing (None: no current standing here).

    ``consented``: whether the person consented to the privacy notice in force; nobody takes
    part without it (PDPA s.26: opinions on public matters are sensitive data).
    """
    if user is None or not user.is_authenticated:
        return Decision(False, SIGN_IN, _MESSAGES[(SIGN_IN, action)])
    if not consented:
        return Decision(False, CONSENT, CONSENT_MESSAGE)
    if audience == Audience.SIGNED_IN:
        return Decision(True, standing=standing)
    if audience == Audience.LOCALS:
        if standing is not None and standing.kind == StandingKind.LOCAL:
            return Decision(True, standing=standing)
        return Decision(False, VERIFY_RESIDENCE, _MESSAGES[(VERIFY_RESIDENCE, action)], standing)
    if standing is not None:
        return Decision(True, standing=standing)
    return Decision(False, VERIFY_IDENTITY, _MESSAGES[(VERIFY_IDENTITY, action)])


def standing_for(user, consultation):
    """The person's current standing with the LAO the consultation belongs to, or None."""
    if user is None or not user.is_authenticated:
        return None
    return (
        Standing.objects.current()
        .filter(user=user, authority__home_page__translation_key__in=consultation.home_translation_keys())
        .select_related("village")
        .first()
    )


def may(user, consultation, action, audience=None):
    """May this person do ``action`` in this consultation? A Decision with the reason if not.

    ``audience`` overrides the consultation's own setting (a poll block sets its own).
    """
    if audience is None:
        audience = consultation.audience_for(action)
    from portal.privacy.consent import has_current_consent

    signed_in = user is not None and user.is_authenticated
    standing = standing_for(user, consultation) if signed_in and audience != Audience.SIGNED_IN else None
    return decide(user, audience, action, standing, consented=not signed_in or has_current_consent(user))
