from django.apps import AppConfig


class BallotsConfig(AppConfig):
    name = "ballots"
    verbose_name = "Ballots"

    def ready(self):
        from .display import register_took_part_check

        register_took_part_check()
