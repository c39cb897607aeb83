"""The personal data polls keep: answers (anonymised on erasure, still counted)."""

from portal.privacy.personal_data import register_source

from .models import PollAnswer


def _export(user):
    return [
        {"consultation": str(a.consultation_key), "poll": a.block_id, "answer": a.choice_label,
         "answered_at": a.answered_at.isoformat()}
        for a in PollAnswer.objects.filter(user=user)
    ]


def _erase(user):
    return PollAnswer.objects.filter(user=user).update(user=None)


def register():
    register_source("poll_answers", _export, _erase)
