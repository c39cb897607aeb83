from django.apps import AppConfig


class PollsConfig(AppConfig):
    name = "polls"
    verbose_name = "Polls"

    def ready(self):
        from . import personal_data

        personal_data.register()
