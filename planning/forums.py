"""Onsite forums: ideas and paper ballots gathered there, entered by an officer.

An idea from a forum is published at once (the officer entered it from the forum's record)
with the standing ``onsite`` and no author; a paper ballot goes through
``consultations.ballots.casting.cast_paper`` (the ballot's rules, one person once) and is
linked to its forum.
"""

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from consultations.ballots import casting
from consultations.models import BallotChannel, CastBallot, Idea, IdeaState, IdeaTransition, SubmitterStanding

from .models import ForumBallot, ForumIdea


@transaction.atomic
def enter_idea(forum, *, title, description, village=None, category=None, estimated_cost=None, by):
    now = timezone.now()
    idea = Idea.objects.create(
        authority=forum.authority, consultation_key=forum.consultation_key, author=None, title=title,
        description=description, village=village, outside_area=village is None, category=category,
        estimated_cost=estimated_cost, standing=SubmitterStanding.ONSITE, state=IdeaState.PUBLISHED,
        submitted_at=now, published_at=now,
    )
    IdeaTransition.objects.create(idea=idea, from_state="", to_state=IdeaState.PUBLISHED, by=by,
                                  reason=f"{forum.place} ({forum.held_on.isoformat()})")
    ForumIdea.objects.create(forum=forum, idea=idea)
    return idea


def cast_paper_ballot(forum, ballot, choice, *, national_id_hash, standing, by):
    """A paper ballot from ``forum``; casting.AlreadyVoted when the person was counted already."""
    with transaction.atomic():
        cast = casting.cast_paper(ballot, choice, national_id_hash=national_id_hash, standing=standing,
                                  forum_date=forum.held_on, forum_place=forum.place, entered_by=by)
        ForumBallot.objects.create(forum=forum, cast_ballot=cast)
    return cast


def idea_split(authority, consultation_key):
    """Published ideas of a consultation: (all, online, onsite) in one query."""
    counts = Idea.objects.filter(authority=authority, consultation_key=consultation_key,
                                 state=IdeaState.PUBLISHED).aggregate(
        total=Count("pk"), onsite=Count("pk", filter=Q(standing=SubmitterStanding.ONSITE)))
    return counts["total"], counts["total"] - counts["onsite"], counts["onsite"]


def ballot_split(ballot):
    counts = CastBallot.objects.filter(ballot=ballot).aggregate(
        total=Count("pk"), paper=Count("pk", filter=Q(channel=BallotChannel.PAPER)))
    return counts["total"], counts["total"] - counts["paper"], counts["paper"]
