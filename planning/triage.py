"""Triage: deciding what an LAO does with a published idea, one idea or many at a time.

A decision replaces the idea's current one (the earlier ones stay in the log). "Refer"
opens a referral that officers follow up; "duplicate" also sets ``Idea.duplicate_of``; the
authority function chosen becomes the idea's category. The author is e-mailed in Thai.
"""

from django.db import transaction

from ideas.models import Idea, IdeaState

from . import notify
from .models import Referral, ReferralStatus, ReferralUpdate, TriageDecision, TriageOutcome


class TriageError(ValueError):
    pass


@transaction.atomic
def decide(idea, outcome, *, by, function=None, route="", referral_level="", agency="", duplicate_of=None,
           note="", notify_author=True):
    """Record ``outcome`` for ``idea`` (published, of the officer's LAO: the caller checks)."""
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    if idea.state != IdeaState.PUBLISHED:
        raise TriageError("only published ideas are triaged")
    if outcome == TriageOutcome.DUPLICATE:
        if duplicate_of is None or duplicate_of.pk == idea.pk or duplicate_of.authority_id != idea.authority_id:
            raise TriageError("a duplicate needs another idea of the same LAO")
    else:
        duplicate_of = None
    TriageDecision.objects.filter(idea=idea, current=True).update(current=False)
    decision = TriageDecision.objects.create(
        idea=idea, authority_id=idea.authority_id, outcome=outcome,
        route=route if outcome == TriageOutcome.WITHIN else "",
        function=function,
        referral_level=referral_level if outcome == TriageOutcome.REFER else "",
        agency=agency if outcome == TriageOutcome.REFER else "",
        duplicate_of=duplicate_of, note=note, by=by,
    )
    changed = []
    if function is not None and idea.category_id != function.pk:
        idea.category = function
        changed.append("category")
    if idea.duplicate_of_id != (duplicate_of.pk if duplicate_of else None):
        idea.duplicate_of = duplicate_of
        changed.append("duplicate_of")
    if changed:
        idea.save(update_fields=changed)
    if outcome == TriageOutcome.REFER:
        referral = Referral.objects.create(decision=decision, idea=idea, authority_id=idea.authority_id)
        ReferralUpdate.objects.create(referral=referral, to_status=ReferralStatus.SENT, note=note, by=by)
    decision.idea = idea
    if notify_author:
        transaction.on_commit(lambda: notify.tell_author_of_decision(decision))
    return decision


def decide_many(ideas, outcome, **kwargs):
    """The same decision for each idea; (decided, skipped) — a duplicate of itself is skipped."""
    decided, skipped = [], []
    for idea in ideas:
        try:
            decided.append(decide(idea, outcome, **kwargs))
        except TriageError:
            skipped.append(idea)
    return decided, skipped


def current_decisions(ideas):
    """{idea id: its current decision} for ``ideas`` in one query."""
    decisions = (TriageDecision.objects.filter(idea__in=ideas, current=True)
                 .select_related("function", "duplicate_of", "referral", "by"))
    return {decision.idea_id: decision for decision in decisions}


class AttachError(ValueError):
    pass


@transaction.atomic
def attach_to_consultation(idea, page, *, by):
    """Move an idea of the LAO's idea box into ``page``, a consultation of the same LAO: it then
    appears there with its supports and comments, and its box address leads to it. Logged."""
    from wagtail.log_actions import log

    from ideas.models import CommentRecord

    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    if not idea.in_box:
        raise AttachError("only an idea of the idea box is attached to a consultation")
    if page.authority is None or page.authority.pk != idea.authority_id:
        raise AttachError("a consultation of the idea's own LAO")
    idea.consultation_key = page.translation_key
    idea.save(update_fields=["consultation_key"])
    CommentRecord.objects.filter(
        authority_id=idea.authority_id, comment__object_pk=str(idea.pk),
        comment__content_type__app_label="ideas", comment__content_type__model="idea",
    ).update(consultation_key=page.translation_key)
    log(idea, "planning.attach_to_consultation", user=by, data={"consultation": page.title, "page_id": page.pk})
    return idea
