"""One search across pages, ideas and comments, ranked together and cut into pages of results.

Each kind is searched through the search backend with its own scoped queryset
(``search.scope``), all its words required; when nothing has every word, any of them will do
(and the page says so). The kinds are merged by the backend's score: the tenth result of page 3
costs at most 30 rows of each kind. A search counts at most 500 results; beyond that the newest
come first, unranked, because ranking every match of a common word costs a lookup per match.
The number of queries does not grow with the results: per kind, one page of results and, when
that page is full, one count that stops at the cap.
"""

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail.models import Page

from modelsearch.backends import get_search_backend
from modelsearch.query import And, PlainText

from consultations.models import ConsultationPage
from ideas.models import Idea, IdeaState
from portal.tenancy.models import Authority

from .analysis import query_terms
from .backends.query import ScopeWords
from .highlight import excerpt, highlight
from .tree_cache import remember

KINDS = ("pages", "ideas", "comments")
# Ideas and comments carry scope words in the index (``search.scope_words``); pages do not.
SCOPED_KINDS = ("ideas", "comments")
PER_PAGE = 10
# Deeper pages are not offered: past 50 pages a better query helps more than paging. Counts
# stop there too ("more than 500 results"), so a common word costs no full count.
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
    newest_first: bool = False  # more results than counted: the newest come first, unranked
    count_cap: int = MAX_PAGES * PER_PAGE

    @property
    def count(self):
        return min(sum(self.counts.values()), self.count_cap)

    @property
    def more_than_counted(self):
        return sum(self.counts.values()) > self.count_cap

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
    outcome = Outcome(terms=terms, per_page=per_page, count_cap=MAX_PAGES * per_page)
    if not terms:
        return outcome
    backend = get_search_backend()
    operator = "and"
    page = min(max(1, page), MAX_PAGES)
    # An LAO's pages and comments are few: rank them at once, and count only when a page of
    # results is full. Ideas, and everything on the central site, are counted first (cheaply,
    # up to the cap): a common word may match more than the cap, and those are shown newest
    # first rather than all ranked (ranking costs a lookup per match).
    rank_first = () if scope.is_central else ("pages", "comments")
    found = _first_pages(backend, scope, kinds, terms, operator, outcome, rank_first, page)
    if not outcome.count and len(terms) > 1:
        operator = "or"
        found = _first_pages(backend, scope, kinds, terms, operator, outcome, rank_first, page)
        outcome.any_words = outcome.count > 0
    if not outcome.count:
        return outcome
    outcome.newest_first = outcome.more_than_counted
    outcome.number = min(max(1, page), outcome.num_pages)
    stop = outcome.number * per_page
    candidates = []
    for kind in kinds:
        if not outcome.counts[kind]:
            continue
        rows = found.get(kind)
        if rows is None or len(rows) < min(stop, outcome.counts[kind]) or outcome.newest_first:
            results = _search(backend, scope, kind, terms, operator, ranked=not outcome.newest_first)
            rows = list(results[:stop])
        candidates.extend((kind, obj) for obj in rows[:stop])
    if outcome.newest_first:
        candidates.sort(key=lambda item: _date(*item) or _EPOCH, reverse=True)
    else:
        better_first = -1 if backend.higher_score_is_better else 1
        candidates.sort(key=lambda item: better_first * (getattr(item[1], "_score", None) or 0.0))
    outcome.results = _build(candidates[stop - per_page : stop], terms, scope, request)
    return outcome


def _first_pages(backend, scope, kinds, terms, operator, outcome, rank_first, page):
    """Set ``outcome.counts``; returns the ranked rows already read, by kind."""
    found, counts = {}, {}
    stop = page * outcome.per_page
    for kind in kinds:
        if kind in rank_first:
            rows = list(_search(backend, scope, kind, terms, operator)[:stop])
            found[kind] = rows
            if len(rows) < stop:
                counts[kind] = len(rows)
                continue
        counts[kind] = _count(backend, scope, kind, terms, operator, outcome.count_cap)
    outcome.counts = counts
    return found


def scoped_query(terms, operator, scope_words):
    """The query's words (all of them, or any), and every scope word."""
    words = PlainText(" ".join(terms), operator=operator)
    if not scope_words:
        return words
    return And([words, ScopeWords(" ".join(scope_words))])


# Newest first, when a search has more results than it counts: ranking every match of a common
# word costs a lookup per match, while the newest ten are found without looking at the others.
NEWEST_FIRST = {"pages": "-last_published_at", "ideas": "-published_at", "comments": "-id"}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _kind_query(scope, kind, terms, operator):
    return scoped_query(terms, operator, scope.scope_words() if kind in SCOPED_KINDS else [])


def _search(backend, scope, kind, terms, operator, ranked=True):
    query = _kind_query(scope, kind, terms, operator)
    queryset = getattr(scope, kind)()
    if ranked:
        return backend.search(query, queryset).annotate_score("_score")
    return backend.search(query, queryset.order_by(NEWEST_FIRST[kind]), order_by_relevance=False)


def _count(backend, scope, kind, terms, operator, cap):
    """How many results of a kind, counting no further than ``cap`` + 1 (unranked)."""
    query = _kind_query(scope, kind, terms, operator)
    # Unordered: the database counts the matching index entries' objects, however it likes.
    results = backend.search(query, getattr(scope, kind)().order_by(), order_by_relevance=False)
    capped_count = getattr(getattr(results, "query_compiler", None), "capped_count", None)
    if capped_count is not None:
        return capped_count(results.backend, cap + 1)
    queryset = results.get_queryset() if hasattr(results, "get_queryset") else None
    return results.count() if queryset is None else queryset.order_by().values("pk")[: cap + 1].count()


def _date(kind, obj):
    if kind == "pages":
        return obj.last_published_at or obj.first_published_at
    if kind == "ideas":
        return obj.published_at or obj.submitted_at
    return obj.comment.submit_date


def _build(candidates, terms, scope, request):
    pages = [obj for kind, obj in candidates if kind == "pages"]
    ideas = [obj for kind, obj in candidates if kind == "ideas"]
    comments = [obj for kind, obj in candidates if kind == "comments"]
    consultations = _consultations(scope, {i.consultation_key for i in ideas} | {c.consultation_key for c in comments},
                                   request)
    authorities = _page_authorities(pages) if scope.is_central else {}
    commented_ideas = _commented_ideas(comments)
    box_sites = _box_sites(scope, ideas + comments)
    built = []
    for kind, obj in candidates:
        if kind == "pages":
            result = _page_result(obj, terms, request, authorities)
        elif kind == "ideas":
            result = _idea_result(obj, terms, scope, consultations, box_sites)
        else:
            result = _comment_result(obj, terms, scope, consultations, commented_ideas, box_sites)
        if result is not None:
            result.score = getattr(obj, "_score", None) or 0.0
            result.object = obj
            built.append(result)
    return built


@dataclass
class ConsultationLink:
    title: str
    url: str


def _consultations(scope, keys, request):
    """The title and URL of each live consultation of these keys. An LAO's are kept until a
    page changes (``search.tree_cache``): a handful, the same for every search of its site."""
    if not keys:
        return {}

    def read(keys):
        pages = ConsultationPage.objects.live().filter(locale_id=scope.locale_id, translation_key__in=keys)
        pages = pages.defer_streamfields()  # only their titles and URLs are needed
        return {page.translation_key: ConsultationLink(page.title, page.get_url(request)) for page in pages}

    if scope.is_central:
        return read(keys)
    host = request.get_host() if request is not None else ""
    every = remember(f"consultation-links:{scope.cache_key}:{host}", lambda: read(scope.consultation_keys()))
    return {key: every[key] for key in keys if key in every}


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
        url=page.get_url(request), date=_date("pages", page),
        excerpt=excerpt(_page_text(page), terms), authority=authorities.get(page.path[: Page.steplen * 2]),
    )


def _idea_url(consultation, idea_pk):
    return consultation.url + ConsultationPage().reverse_subpage("idea", args=[idea_pk])


def _box_sites(scope, records):
    """On the central site, the Site of each LAO whose idea box a result comes from (one query)."""
    ids = {record.authority_id for record in records if record.consultation_key is None}
    if not scope.is_central or not ids:
        return {}
    return {a.pk: a.site for a in Authority.objects.filter(pk__in=ids, site__isnull=False).select_related("site")}


def _box_idea_url(authority_id, idea_pk, box_sites):
    """An idea of an LAO's idea box: ``/ideas/<id>/`` on its LAO's site (a full URL from the
    central site, whose ``box_sites`` name the LAOs' sites)."""
    path = reverse("ideas:idea", args=[idea_pk])
    if not box_sites:
        return path
    site = box_sites.get(authority_id)
    return site.root_url.rstrip("/") + path if site is not None else None


def _idea_result(idea, terms, scope, consultations, box_sites):
    if idea.consultation_key is None:
        url = _box_idea_url(idea.authority_id, idea.pk, box_sites)
    else:
        consultation = consultations.get(idea.consultation_key)
        url = _idea_url(consultation, idea.pk) if consultation is not None else None
    if url is None:
        return None
    return Result(
        kind="ideas", type_label=pgettext("kind of search result", "Idea"), title=highlight(idea.title, terms),
        url=url, date=idea.published_at or idea.submitted_at,
        excerpt=excerpt(idea.description, terms), authority=idea.authority if scope.is_central else scope.authority,
    )


def _comment_result(record, terms, scope, consultations, ideas, box_sites):
    comment = record.comment
    consultation = consultations.get(record.consultation_key)
    if consultation is None and record.consultation_key is not None:
        return None
    if comment.content_type_id == _consultation_type_id():
        if consultation is None:
            return None
        on, url = consultation.title, consultation.url
    else:
        idea = ideas.get(int(comment.object_pk)) if comment.object_pk.isdigit() else None
        if idea is None:
            return None
        url = (_idea_url(consultation, idea.pk) if consultation is not None
               else _box_idea_url(record.authority_id, idea.pk, box_sites))
        if url is None:
            return None
        on = idea.title
    return Result(
        kind="comments", type_label=pgettext("kind of search result", "Comment"),
        title=highlight(_("Comment on “%(title)s”") % {"title": on}, terms),
        url=f"{url}#comment-{comment.pk}", date=comment.submit_date,
        excerpt=excerpt(comment.comment, terms), authority=record.authority if scope.is_central else scope.authority,
    )
