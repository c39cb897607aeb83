"""Citizens flag ideas and comments; at the LAO's threshold the item is hidden pending review."""

from collections import Counter

from django.db import IntegrityError, transaction

from ideas.models import Flag, IdeaState
from portal.tenancy.models import AuthorityBranding

DEFAULT_THRESHOLD = 3


def threshold_for(authority):
    branding = AuthorityBranding.objects.filter(site_id=authority.site_id).only("flag_threshold").first()
    return branding.flag_threshold if branding else DEFAULT_THRESHOLD


@transaction.atomic
def flag_item(*, authority, user, reason, idea=None, comment=None):
    """Record a flag (one per person and item); returns (created, hidden_now)."""
    try:
        with transaction.atomic():
            Flag.objects.create(authority=authority, user=user, reason=reason, idea=idea, comment=comment)
    except IntegrityError:
        return False, False
    flags = Flag.objects.filter(idea=idea) if idea is not None else Flag.objects.filter(comment=comment)
    reasons = Counter(flags.values_list("reason", flat=True))
    if sum(reasons.values()) < threshold_for(authority):
        return True, False
    code = reasons.most_common(1)[0][0]
    note = f"flagged by {sum(reasons.values())} people"
    if idea is not None:
        from ideas.lifecycle import change_state

        if idea.state != IdeaState.PUBLISHED:
            return True, False
        change_state(idea, IdeaState.HIDDEN, by=None, reason=note, reason_code=code)
        return True, True
    if not comment.is_public:
        return True, False
    comment.is_public = False
    comment.save(update_fields=["is_public"])
    comment.record.awaiting_review = True
    comment.record.reason_code = code
    comment.record.save(update_fields=["awaiting_review", "reason_code"])
    from ideas.models import CommentDecision

    CommentDecision.objects.create(record=comment.record, decision="hide", reason_code=code)
    return True, True
