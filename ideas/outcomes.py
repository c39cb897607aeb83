"""What other apps show of an idea: on its public page and in "My ideas".

Ideas know nothing of what becomes of them. The apps that take them further say it here, in
their ``AppConfig.ready``: the ballots app that an idea is on a ballot, the planning app its
triage, referral, plan project and forum. A panel is HTML, shown in the order of ``order``.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Panel:
    name: str
    order: int
    render: Callable  # idea page: (request, idea, page_url) -> HTML; My ideas: (request, ideas) -> {pk: HTML}


_PAGE_PANELS = {}
_MY_IDEAS_PANELS = {}


def register_page_panel(name, render, order=50):
    """Show ``render(request, idea, page_url)`` on a published idea's page."""
    _PAGE_PANELS[name] = Panel(name, order, render)


def register_my_ideas_panel(name, render, order=50):
    """Show ``render(request, ideas)[idea.pk]`` under each published idea of "My ideas" (one call
    for the whole list, so a panel reads the database once, not once an idea)."""
    _MY_IDEAS_PANELS[name] = Panel(name, order, render)


def _ordered(panels):
    return sorted(panels.values(), key=lambda panel: (panel.order, panel.name))


def page_panels(request, idea, page_url):
    return [html for panel in _ordered(_PAGE_PANELS) if (html := panel.render(request, idea, page_url))]


def my_ideas_panels(request, ideas):
    """{idea pk: [HTML, ...]} for the published ideas among ``ideas``."""
    published = [idea for idea in ideas if idea.state == "published"]
    found = {idea.pk: [] for idea in published}
    if not published:
        return found
    for panel in _ordered(_MY_IDEAS_PANELS):
        for pk, html in panel.render(request, published).items():
            if html:
                found[pk].append(html)
    return found
