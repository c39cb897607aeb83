"""A person's verification data, for the PDPA rights to see, export and erase it (ss.30–36).

``export_for`` answers everything this app keeps about a person, in plain values (no national
ID: the portal holds only its keyed hash, which is useless to the person and not exported).
``erase_for`` removes the person's identity record, standings and proposals, and empties the
person's references in the verification log, which keeps its events so the LAOs' counts stay
right. Resident lists are the LAOs' own records, keyed by hash and not linked to accounts:
they are not touched.
"""

from django.db import transaction
from django.db.models import Q

from .models import IdentityRecord, Standing, StandingProposal, VerificationEvent


def _when(value):
    return value.isoformat() if value else None


def _lao(authority):
    return {"dla_code": authority.dla_code, "name": authority.full_name_th} if authority else None


def export_for(user):
    record = IdentityRecord.objects.filter(user=user).select_related("authority").first()
    standings = Standing.objects.filter(user=user).select_related("authority", "village")
    proposals = StandingProposal.objects.filter(user=user).select_related("authority", "tambon", "village")
    events = (VerificationEvent.objects.filter(Q(subject=user) | Q(actor=user))
              .select_related("authority").order_by("created_at", "id"))
    return {
        "identity": {
            "verified": True,
            "national_id": "stored only as a keyed hash, which cannot be turned back into the number",
            "method": record.method,
            "verified_at": _when(record.verified_at),
            "lao": _lao(record.authority),
            "verified_by_officer": record.verified_by_id is not None,
        } if record else {"verified": False},
        "standings": [
            {
                "lao": _lao(s.authority), "kind": s.kind, "village": s.village.number if s.village else None,
                "method": s.method, "verified_at": _when(s.verified_at), "expires_at": _when(s.expires_at),
            }
            for s in standings
        ],
        "standing_proposals": [
            {
                "lao": _lao(p.authority), "tambon": p.tambon.name_th if p.tambon else None,
                "village": p.village.number if p.village else None, "provider": p.provider_id,
                "status": p.status, "proposed_at": _when(p.created_at), "decided_at": _when(p.decided_at),
            }
            for p in proposals
        ],
        "verification_events": [
            {
                "when": _when(e.created_at), "action": e.action, "lao": _lao(e.authority), "method": e.method,
                "role": "subject" if e.subject_id == user.pk else "actor",
            }
            for e in events
        ],
    }


@transaction.atomic
def erase_for(user):
    """Remove the person's verification data; returns how many rows of each kind went."""
    counts = {
        "identity_records": IdentityRecord.objects.filter(user=user).delete()[0],
        "standings": Standing.objects.filter(user=user).delete()[0],
        "standing_proposals": StandingProposal.objects.filter(user=user).delete()[0],
        "events_as_subject": VerificationEvent.objects.filter(subject=user).update(subject=None),
        "events_as_actor": VerificationEvent.objects.filter(actor=user).update(actor=None),
    }
    # Standings and records this person verified as an officer stay (they are the other
    # people's), without the officer's name.
    Standing.objects.filter(verified_by=user).update(verified_by=None)
    IdentityRecord.objects.filter(verified_by=user).update(verified_by=None)
    return counts
