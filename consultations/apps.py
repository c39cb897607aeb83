from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    """The consultation page: it composes the ways of taking part and tells the foundation and the
    ballots app what they need to know of it."""

    name = "consultations"
    verbose_name = "Consultations"

    def ready(self):
        from django.db.models import Q

        from ballots import pages as ballot_pages
        from ballots.idea_panels import on_ballot
        from ideas import outcomes
        from portal.documents.posters import register_poster_page
        from portal.pages.models.problem_brief import register_addressing

        from .models import ConsultationPage
        from .models.consultation import consultations_addressing

        ballot_pages.register(ConsultationPage, with_vote=Q(voting_start__isnull=False))
        register_poster_page(ConsultationPage)
        register_addressing(consultations_addressing)
        # An idea taken into a ballot says so on its page: ideas and ballots know nothing of each other.
        outcomes.register_page_panel("ballots", on_ballot, order=20)
