from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations"

    def ready(self):
        from . import personal_data
        from .ideas.views import register_took_part_check

        personal_data.register()
        register_took_part_check()
