"""The ideas an officer may turn into a ballot project, with the officers' triage: registered with
the ballots app (``ballots.candidates``) when the app is ready."""

from django.db import models
from django.db.models import Case, OuterRef, Subquery, Value, When
from django.utils.translation import gettext as _

from ideas.models import Idea, IdeaState

from .models import TriageDecision


def ballot_candidates(authority, page):
    """The consultation's published ideas, those triaged within authority for the ballot first,
    each with a note for the officer (``candidate_label``)."""
    current = TriageDecision.objects.filter(idea=OuterRef("pk"), current=True)
    for_ballot = models.Q(triage_outcome="within", triage_route="ballot")
    return (
        Idea.objects.filter(authority=authority, consultation_key=page.translation_key, state=IdeaState.PUBLISHED)
        .select_related("village")
        .annotate(triage_outcome=Subquery(current.values("outcome")[:1]),
                  triage_route=Subquery(current.values("route")[:1]))
        .annotate(
            candidate_primary=Case(When(for_ballot, then=Value(True)), default=Value(False)),
            candidate_label=Case(
                When(for_ballot, then=Value(_("ballot candidate (triage)"))),
                When(models.Q(triage_outcome__isnull=False) & ~models.Q(triage_outcome="within"),
                     then=Value(_("triaged: not for the ballot"))),
                default=Value(""), output_field=models.CharField(),
            ),
        )
        .order_by("-candidate_primary", "pk")
    )


def register():
    from ballots import candidates

    candidates.register(ballot_candidates)
