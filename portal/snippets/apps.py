from django.apps import AppConfig


class SnippetsConfig(AppConfig):
    name = "portal.snippets"
    label = "snippets"
    verbose_name = "Reference data"

    def ready(self):
        from .prescreen import word_lists  # noqa: F401  (forgets compiled lists when a word changes)
