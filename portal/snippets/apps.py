from django.apps import AppConfig


class SnippetsConfig(AppConfig):
    name = "portal.snippets"
    label = "snippets"
    verbose_name = "Reference data"
