"""The personal data ideas keep: ideas, supports and flags (anonymised on erasure, still counted)."""

from portal.privacy.personal_data import register_source

from .models import Flag, Idea, Support


def _export_ideas(user):
    return [
        {"title": i.title, "description": i.description, "state": i.state, "reason": i.state_reason,
         "village": str(i.village) if i.village else None, "estimated_cost": str(i.estimated_cost or ""),
         "submitted_at": i.submitted_at.isoformat(), "photos": [p.image.name for p in i.photos.all()]}
        for i in Idea.objects.filter(author=user).select_related("village").prefetch_related("photos")
    ]


def _erase_ideas(user):
    # Ideas are part of the LAO's planning record: they stay, without their author.
    return Idea.objects.filter(author=user).update(author=None)


def _export_supports(user):
    return [{"idea": s.idea.title, "standing": s.standing, "given_at": s.given_at.isoformat()}
            for s in Support.objects.filter(user=user).select_related("idea")]


def _erase_supports(user):
    return Support.objects.filter(user=user).update(user=None)


def _export_flags(user):
    return [{"reason": f.reason, "idea": f.idea.title if f.idea else None, "comment": bool(f.comment_id),
             "flagged_at": f.flagged_at.isoformat()} for f in Flag.objects.filter(user=user).select_related("idea")]


def _erase_flags(user):
    return Flag.objects.filter(user=user).update(user=None)


def register():
    register_source("flags", _export_flags, _erase_flags)
    register_source("supports", _export_supports, _erase_supports)
    register_source("ideas", _export_ideas, _erase_ideas)
