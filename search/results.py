"""One search across pages, ideas and comments, ranked together and cut into pages of results.

Each kind is searched through the search backend with its own scoped queryset
(``search.scope``), all its words required; when nothing has every word, any of them will do
(and the page says so). The kinds are merged by the backend's score, so the tenth result of
page 3 costs at most 30 rows of each kind, and the number of queries does not grow with the
results shown.
"""

import math
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail.models import Page

from modelsearch.backends import get_search_backend

from consultations.models import ConsultationPage, Idea, IdeaState
from portal.tenancy.models import Authority

from .analysis import query_terms
from .highlight import excerpt, highlight

KINDS = ("pages", "ideas", "comments")
PER_PAGE = 10
# Deeper pages are not offered: past 50 pages a better query helps more than paging.
MAX_PAGES = 50


@dataclass
class Result:
    kind: str
    type_label: str
    title: str
    url: str
    date: datetime | None
    excerpt: str = ""
    authority: Authority | None = None
    score: float = 0.0
    object: object = None  # the page, SearchableIdea or SearchableComment found


@dataclass
class Outcome:
    terms: list
    results: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    number: int = 1
    per_page: int = PER_PAGE
    any_words: bool = False  # no result had every word: these have some

    @property
    def count(self):
        return sum(self.counts.values())

    @property
    def num_pages(self):
        return min(MAX_PAGES, max(1, math.ceil(self.count / self.per_page)))

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages

    @property
    def previous_page_number(self):
        return self.number - 1

    @property
    def next_page_number(self):
        return self.number + 1

    @property
    def start_index(self):
        return (self.number - 1) * self.per_page + 1

    @property
    def has_other_pages(self):
        return self.num_pages > 1


def search(scope, text, kinds=KINDS, page=1, request=None, per_page=PER_PAGE):
    """The ``page``-th page of results for ``text`` within ``scope``."""
    terms = query_terms(text)
    outcome = Outcome(terms=terms, per_page=per_page)
    if not terms:
        return outcome
    backend = get_search_backend()
    found = _run(backend, scope, kinds, " ".join(terms), "and")
    outcome.counts = {kind: results.count() for kind, results in found.items()}
    if not outcome.count and len(terms) > 1:
        found = _run(backend, scope, kinds, " ".join(terms), "or")
        outcome.counts = {kind: results.count() for kind, results in found.items()}
        outcome.any_words = outcome.count > 0
    outcome.number = min(max(1, page), outcome.num_pages)
    stop = outcome.number * per_page
    better_first = -1 if backend.higher_score_is_better else 1
    candidates = [
        (kind, obj) for kind, results in found.items() if outcome.counts[kind] for obj in results[:stop]
    ]
    candidates.sort(key=lambda item: better_first * (getattr(item[1], "_score", None) or 0.0))
    outcome.results = _build(candidates[stop - per_page : stop], terms, scope, request)
    return outcome


def _run(backend, scope, kinds, query, operator):
    return {
        kind: backend.search(query, getattr(scope, kind)(), operator=operator).annotate_score("_score")
        for kind in kinds
    }


def _build(candidates, terms, scope, request):
    pages = [obj for kind, obj in candidates if kind == "pages"]
    ideas = [obj for kind, obj in candidates if kind == "ideas"]
    comments = [obj for kind, obj in candidates if kind == "comments"]
    consultations = _consultations(scope, {i.consultation_key for i in ideas} | {c.consultation_key for c in comments})
    authorities = _page_authorities(pages) if scope.is_central else {}
    commented_ideas = _commented_ideas(comments)
    built = []
    for kind, obj in candidates:
        if kind == "pages":
            result = _page_result(obj, terms, request, authorities)
        elif kind == "ideas":
            result = _idea_result(obj, terms, request, consultations)
        else:
            result = _comment_result(obj, terms, request, consultations, commented_ideas)
        if result is not None:
            result.score = getattr(obj, "_score", None) or 0.0
            result.object = obj
            built.append(result)
    return built


def _consultations(scope, keys):
    if not keys:
        return {}
    pages = ConsultationPage.objects.live().filter(locale_id=scope.locale_id, translation_key__in=keys)
    return {page.translation_key: page for page in pages}


def _page_authorities(pages):
    """The LAO of each result page's tree, by the tree's path (two queries for any number)."""
    roots = {page.path[: Page.steplen * 2] for page in pages if page.depth >= 2}
    if not roots:
        return {}
    key_of_root = dict(Page.objects.filter(path__in=roots).values_list("path", "translation_key"))
    by_key = {a.home_page.translation_key: a for a in Authority.objects.filter(
        home_page__translation_key__in=key_of_root.values()).select_related("home_page", "province")}
    return {path: by_key.get(key) for path, key in key_of_root.items()}


def _commented_ideas(comments):
    idea_ids = [int(c.comment.object_pk) for c in comments if c.comment.object_pk.isdigit()
                and c.comment.content_type_id != _consultation_type_id()]
    if not idea_ids:
        return {}
    return {idea.pk: idea for idea in Idea.objects.filter(pk__in=idea_ids, state=IdeaState.PUBLISHED)}


def _consultation_type_id():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(ConsultationPage).pk


def _page_text(page):
    """The page's indexed text other than its title, for the excerpt (no query: related
    objects such as budget lines are left out)."""
    parts = [page.search_description]
    for search_field in page.get_searchable_search_fields():
        if search_field.field_name == "title":
            continue
        value = search_field.get_value(page)
        parts.extend(value if isinstance(value, list | tuple) else [value])
    return " ".join(str(part) for part in parts if part)


def _page_result(page, terms, request, authorities):
    return Result(
        kind="pages", type_label=capfirst(page._meta.verbose_name), title=highlight(page.title, terms),
        url=page.get_url(request), date=page.last_published_at or page.first_published_at,
        excerpt=excerpt(_page_text(page), terms), authority=authorities.get(page.path[: Page.steplen * 2]),
    )


def _idea_url(consultation, idea_pk, request):
    return consultation.get_url(request) + consultation.reverse_subpage("idea", args=[idea_pk])


def _idea_result(idea, terms, request, consultations):
    consultation = consultations.get(idea.consultation_key)
    if consultation is None:
        return None
    return Result(
        kind="ideas", type_label=pgettext("kind of search result", "Idea"), title=highlight(idea.title, terms),
        url=_idea_url(consultation, idea.pk, request), date=idea.published_at or idea.submitted_at,
        excerpt=excerpt(idea.description, terms), authority=idea.authority,
    )


def _comment_result(record, terms, request, consultations, ideas):
    comment = record.comment
    consultation = consultations.get(record.consultation_key)
    if consultation is None:
        return None
    if comment.content_type_id == _consultation_type_id():
        on, url = consultation.title, consultation.get_url(request)
    else:
        idea = ideas.get(int(comment.object_pk)) if comment.object_pk.isdigit() else None
        if idea is None:
            return None
        on, url = idea.title, _idea_url(consultation, idea.pk, request)
    return Result(
        kind="comments", type_label=pgettext("kind of search result", "Comment"),
        title=highlight(_("Comment on “%(title)s”") % {"title": on}, terms),
        url=f"{url}#comment-{comment.pk}", date=comment.submit_date,
        excerpt=excerpt(comment.comment, terms), authority=record.authority,
    )
