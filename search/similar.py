"""Ideas like the one being written, to support instead of sending the same idea twice.

While a citizen types a title, the idea form asks for the published ideas of the same
consultation that share words with it (``similar_ideas_fragment``, with JavaScript); without
JavaScript the form's "Check for similar ideas" button posts what was typed and gets the page
back with the same list and everything typed kept (``check_before_sending``).
"""

from dataclasses import dataclass
from datetime import datetime

from modelsearch.backends import get_search_backend

from ideas.models import IdeaState

from .analysis import query_terms
from .highlight import highlight
from .models import SearchableIdea
from .results import scoped_query
from .scope_words import lao_word

LIMIT = 5
FORM_FIELDS = ("title", "description", "village", "category", "estimated_cost", "latitude", "longitude",
               "submission_token")


@dataclass
class SimilarIdea:
    title: str
    url: str
    published_at: datetime | None


def similar_ideas(page, title, request=None, limit=LIMIT):
    """The published ideas of ``page`` (a consultation) sharing the most words with ``title``."""
    terms = query_terms(title)
    if not terms:
        return []
    ideas = SearchableIdea.objects.filter(
        state=IdeaState.PUBLISHED, consultation_key=page.translation_key, authority=page.authority,
    )
    query = scoped_query(terms, "or", [lao_word(page.authority.pk)])
    found = get_search_backend().search(query, ideas)[:limit]
    base = page.get_url(request)
    return [
        SimilarIdea(title=highlight(idea.title, terms), url=base + page.reverse_subpage("idea", args=[idea.pk]),
                    published_at=idea.published_at)
        for idea in found
    ]


def check_before_sending(page, request):
    """The consultation page with the idea form as typed (not sent) and the ideas like it."""
    from ideas.forms import IdeaForm

    initial = {name: request.POST[name] for name in FORM_FIELDS if request.POST.get(name)}
    form = IdeaForm(initial=initial, authority=page.authority)
    return page.render(request, context_overrides={
        "idea_form": form,
        "similar_ideas": similar_ideas(page, request.POST.get("title", ""), request),
        "similar_checked": True,
        "photos_dropped": bool(request.FILES.getlist("photos")),
    })
