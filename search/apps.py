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
        _offer_similar_ideas_step()
        _warm_up_at_start()


def _offer_similar_ideas_step():
    """"Ideas like yours" on the idea form, before an idea is sent (docs/search.md)."""
    from django.urls import reverse

    from ideas import form_steps

    from .similar import check_before_sending

    form_steps.register(form_steps.FormStep(
        name="check_similar", after_field="title", template="search/_similar_ideas_step.html",
        view=check_before_sending,
        form_attrs=lambda page, request: {"data-similar-ideas-url": reverse("search:similar_ideas") + (
            f"?consultation={page.pk}" if getattr(page, "pk", None) else "?box=1")},
    ))


def _warm_up_at_start():
    from portal.startup import register_warm_up

    from .analysis import warm_up

    register_warm_up(warm_up)
