from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations"

    def ready(self):
        from . import personal_data
        from .ballots.display import register_took_part_check as register_ballot_check
        from .ideas.views import register_took_part_check

        personal_data.register()
        register_took_part_check()
        register_ballot_check()
