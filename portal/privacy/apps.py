from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "portal.privacy"
    label = "privacy"
    verbose_name = "Privacy"

    def ready(self):
        from . import (
            consent,  # noqa: F401  (forgets the cached notice when one is saved)
            sources,
        )

        sources.register()
