from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from portal.privacy.personal_data import register_source

        from . import (
            checks,  # noqa: F401 (registers the system checks)
            tree_cache,
        )
        from .indexing import connect, erase_person, export_person

        connect()
        tree_cache.connect()
        register_source("search_index", export_person, erase_person)
