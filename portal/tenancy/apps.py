from django.apps import AppConfig


class TenancyConfig(AppConfig):
    name = "portal.tenancy"
    label = "tenancy"
    verbose_name = "Local authorities"

    def ready(self):
        from . import signals  # noqa: F401
