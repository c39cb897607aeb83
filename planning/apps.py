from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanningConfig(AppConfig):
    """Officers' work after moderation: triage, referrals, the plan, onsite forums, progress."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "planning"
    verbose_name = _("Planning")

    def ready(self):
        from ballots import paper_notes

        from . import ballot_candidates, documents, idea_panels
        from .forums import paper_ballot_note

        idea_panels.register()
        ballot_candidates.register()
        documents.register()
        paper_notes.register(paper_ballot_note)
