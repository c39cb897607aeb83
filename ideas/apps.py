from django.apps import AppConfig


class IdeasConfig(AppConfig):
    name = "ideas"
    verbose_name = "Ideas"

    def ready(self):
        from . import personal_data
        from .views import register_took_part_check

        personal_data.register()
        register_took_part_check()
