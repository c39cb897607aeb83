"""Onsite forums: ideas and paper ballots gathered there, entered by an officer.

An idea from a forum is published at once (the officer entered it from the forum's record)
with the standing ``onsite`` and no author; a paper ballot goes through
``ballots.casting.cast_paper`` (the ballot's rules, one person once) and is
linked to its forum.

An idea entered from a forum can be corrected afterwards (``edit_idea``) and, as long as nobody
else has done anything with it, removed (``remove_idea``): once it has supports, comments,
flags, a triage decision, a ballot or plan project, or other ideas marked as its duplicates,
removing it would destroy other people's work, so it is refused (``removal_obstacles`` says
why) and moderation can hide it instead. Both are logged (``wagtail.log_actions``).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.deletion import Collector
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.log_actions import log

from django_comments_xtd.models import XtdComment

from ballots import casting
from ballots.models import BallotChannel, CastBallot
from ideas.models import Idea, IdeaPhoto, IdeaState, IdeaTransition, SubmitterStanding

from .models import Forum, ForumBallot, ForumIdea, TriageDecision

EDITABLE_FIELDS = ["title", "description", "village", "category", "estimated_cost"]


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


class InUse(Exception):
    """It cannot be removed: ``reasons`` says, in the active language, what depends on it."""

    def __init__(self, reasons):
        super().__init__("; ".join(reasons))
        self.reasons = reasons


class IdeaInUse(InUse):
    """An idea others have taken part in (``removal_obstacles``)."""


def _logged(value):
    return value.pk if hasattr(value, "pk") else value


@transaction.atomic
def edit_idea(idea, *, by, **fields):
    """Correct what was entered for a forum's idea; it stays published and linked to its forum.

    Saved the ordinary way, so the search index follows. Logged as ``wagtail.edit`` with what
    changed (before, after); nothing is logged when nothing changed.
    """
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    changes = {}
    for name in EDITABLE_FIELDS:
        if name not in fields:
            continue
        before, after = getattr(idea, name), fields[name]
        if _logged(before) != _logged(after):
            changes[name] = [_logged(before), _logged(after)]
        setattr(idea, name, after)
    if "village" in fields:
        idea.outside_area = idea.village is None
    if not changes:
        return idea
    idea.save()
    forum_id = ForumIdea.objects.filter(idea=idea).values_list("forum_id", flat=True).first()
    log(idea, "wagtail.edit", user=by, data={"changes": changes, "forum": forum_id})
    return idea


def removal_obstacles(idea):
    """Why ``idea`` cannot be removed without destroying other people's data (Thai when active); [] if it can."""
    reasons = []
    supports = idea.supports.count()
    if supports:
        reasons.append(ngettext("%(count)d person supports it", "%(count)d people support it", supports)
                       % {"count": supports})
    comments = XtdComment.objects.filter(content_type=ContentType.objects.get_for_model(Idea),
                                         object_pk=str(idea.pk)).count()
    if comments:
        reasons.append(ngettext("it has %(count)d comment", "it has %(count)d comments", comments)
                       % {"count": comments})
    flags = idea.flags.count()
    if flags:
        reasons.append(ngettext("%(count)d person reported it to moderation",
                                "%(count)d people reported it to moderation", flags) % {"count": flags})
    if idea.triage_decisions.exists():
        reasons.append(_("officers have triaged it"))
    if idea.ballot_projects.exists():
        reasons.append(_("a ballot project was made from it"))
    if idea.plan_projects.exists():
        reasons.append(_("a plan project was made from it"))
    if (Idea.objects.filter(duplicate_of=idea).exists()
            or TriageDecision.objects.filter(duplicate_of=idea).exists()):
        reasons.append(_("other ideas are marked as its duplicates"))
    if not reasons and _other_records(idea):
        reasons.append(_("other records refer to it"))
    return reasons


def _other_records(idea):
    """Whether deleting the idea would take anything beyond its own records (a safety net for
    relations added later)."""
    own = {Idea, IdeaPhoto, IdeaTransition, ForumIdea}
    collector = Collector(using=idea._state.db or "default")
    collector.collect([idea])
    if any(objects for model, objects in collector.data.items() if model not in own):
        return True
    return any(qs.exists() for qs in collector.fast_deletes if qs.model not in own)


@transaction.atomic
def remove_idea(idea, *, by):
    """Delete an idea entered from a forum by mistake, with its link; IdeaInUse when it may not be.

    The idea's row is locked first, so a support or decision arriving meanwhile waits and then
    finds no idea rather than being deleted with it.
    """
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    reasons = removal_obstacles(idea)
    if reasons:
        raise IdeaInUse(reasons)
    link = ForumIdea.objects.filter(idea=idea).select_related("forum").first()
    log(idea, "wagtail.delete", user=by, deleted=True, data={
        "title": idea.title, "description": idea.description, "village": idea.village_id,
        "category": idea.category_id, "estimated_cost": idea.estimated_cost,
        "forum": link.forum_id if link else None,
    })
    idea.delete()


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


class ForumInUse(InUse):
    """A forum ideas or paper ballots were entered from (``deletion_obstacles``)."""


def deletion_obstacles(forum):
    """What was entered from the forum (Thai when active); [] when it can be deleted.

    Its ideas are public and its paper ballots counted: a forum they came from stays on record
    (its ideas can be removed one by one first, when nobody depends on them)."""
    reasons = []
    ideas = forum.idea_links.count()
    if ideas:
        reasons.append(ngettext("%(count)d idea was entered from it", "%(count)d ideas were entered from it",
                                ideas) % {"count": ideas})
    ballots = forum.ballot_links.count()
    if ballots:
        reasons.append(ngettext("%(count)d paper ballot was counted from it",
                                "%(count)d paper ballots were counted from it", ballots) % {"count": ballots})
    return reasons


@transaction.atomic
def delete_forum(forum, *, by):
    """Delete a forum recorded by mistake, with nothing entered from it; ForumInUse otherwise.

    The row is locked first, so an idea or ballot being entered meanwhile waits and then finds
    no forum. The minutes file is deleted once the deletion is committed. Logged."""
    forum = Forum.objects.select_for_update().get(pk=forum.pk)
    reasons = deletion_obstacles(forum)
    if reasons:
        raise ForumInUse(reasons)
    log(forum, "wagtail.delete", user=by, deleted=True, data={
        "held_on": forum.held_on.isoformat(), "place": forum.place, "village": forum.village_id,
        "attendance": forum.attendance, "consultation_key": str(forum.consultation_key),
        "minutes": forum.minutes.name or "",
    })
    minutes, storage = forum.minutes.name, forum.minutes.storage
    forum.delete()
    if minutes:
        transaction.on_commit(lambda: storage.delete(minutes))


def paper_ballot_note(request):
    """On the ballot admin's paper ballot page: a forum's paper ballots go on the forum's own page."""
    from django.urls import reverse
    from django.utils.html import format_html
    from django.utils.translation import gettext as _

    return format_html(
        '{} <a href="{}">{}</a>',
        _("A forum recorded under “Onsite forums” takes its paper ballots on its own page, where they are "
          "counted the same way and listed with the forum's record."),
        reverse("planning_forums"), _("Onsite forums"),
    )
