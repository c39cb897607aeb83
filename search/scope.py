"""What one search may return, as querysets: the site's own LAO, or every LAO on the central site.

On an LAO's site: the live, public pages of its tree in the active language, the published
ideas of its live consultations, and the public comments on those consultations and ideas,
all read through the LAO (``authority``). On the DLA's central site: the same across every LAO,
narrowed by province and LAO kind. Drafts, unpublished pages, private sections, ideas that are
not published and comments that are not public never qualify, whatever the index holds.
"""

from dataclasses import dataclass
from functools import cached_property, reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast, Substr

from wagtail.models import Page, PageViewRestriction

from consultations.models import ConsultationPage
from ideas.models import Idea, IdeaState
from portal.tenancy.models import Authority

from .models import SearchableComment, SearchableIdea
from .scope_words import kind_word, lao_word, province_word
from .tree_cache import remember


@dataclass
class Scope:
    """``authority``: the LAO whose site is searched, or None for the central site (then
    ``province`` and ``kind`` narrow it); ``locale_id``: the language of the pages."""

    locale_id: int
    authority: Authority | None = None
    province: object = None
    kind: str = ""

    @property
    def is_central(self):
        return self.authority is None

    @cached_property
    def _private(self):
        """Every private section (Wagtail's ``private_q``, from the cached list of their paths)."""
        paths = remember(
            "private",
            lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct()),
        )
        if not paths:
            return Q(pk__in=[])
        return reduce(or_, (Q(path__startswith=path) for path in paths))

    @cached_property
    def tree_roots(self):
        """The top-level pages (in the active language) whose trees are searched; None: all."""
        if self.authority is not None:

            def roots():
                home = Page.objects.filter(pk=self.authority.home_page_id).values("translation_key")
                return Page.objects.filter(depth=2, translation_key__in=home, locale_id=self.locale_id)
        elif self.province is not None or self.kind:

            def roots():
                return Page.objects.filter(
                    depth=2,
                    locale_id=self.locale_id,
                    translation_key__in=self.authorities().values("home_page__translation_key"),
                )
        else:
            return None
        return remember(f"roots:{self.cache_key}", lambda: list(roots().values_list("path", flat=True)))

    @property
    def cache_key(self):
        """What this scope is, in a cache key."""
        if self.authority is not None:
            return f"{self.locale_id}:lao{self.authority.pk}"
        return f"{self.locale_id}:province{getattr(self.province, 'pk', '')}:kind{self.kind}"

    def scope_words(self):
        """The scope words every idea and comment of this scope has in the index."""
        if self.authority is not None:
            return [lao_word(self.authority.pk)]
        words = []
        if self.province is not None:
            words.append(province_word(self.province.pk))
        if self.kind:
            words.append(kind_word(self.kind))
        return words

    def authorities(self):
        authorities = Authority.objects.provisioned()
        if self.province is not None:
            authorities = authorities.filter(province=self.province)
        if self.kind:
            authorities = authorities.filter(kind=self.kind)
        return authorities

    def _in_trees(self, pages, searched=False):
        roots = self.tree_roots
        if roots is None:
            return pages.filter(depth__gt=1)
        if not roots:
            return pages.none()
        if len(roots) == 1:
            return pages.filter(path__startswith=roots[0])
        # A province holds hundreds of LAOs: one IN list of tree roots, not an OR of prefixes
        # (which Django would copy and compile for every query, and PostgreSQL test one by one).
        tree = Substr("path", 1, Page.steplen * 2)
        if searched:  # the search backend accepts filters on a page's own fields only
            return pages.filter(id__in=Page.objects.alias(_tree=tree).filter(_tree__in=roots).values("id"))
        return pages.alias(_tree=tree).filter(_tree__in=roots)

    @cached_property
    def _pages(self):
        pages = Page.objects.live().filter(locale_id=self.locale_id).exclude(self._private)
        return self._in_trees(pages, searched=True).specific()

    def pages(self):
        return self._pages.all()

    def consultation_keys(self):
        """The translation keys of the live, public consultations searched: on an LAO's site a
        list read once (a handful), on the central site a subquery (thousands)."""
        if "_consultation_keys" in self.__dict__:
            return self.__dict__["_consultation_keys"]
        consultations = ConsultationPage.objects.live().filter(locale_id=self.locale_id).exclude(self._private)
        keys = self._in_trees(consultations).values_list("translation_key", flat=True)
        if self.authority is not None:
            keys = remember(f"consultations:{self.cache_key}", lambda: list(keys))
        self.__dict__["_consultation_keys"] = keys
        return keys

    def _by_authority(self, queryset):
        if self.authority is not None:
            return queryset.filter(authority=self.authority)
        if self.province is not None or self.kind:
            # The LAOs' keys (cached with the tree), not a join to the LAOs: each scope check
            # of a count then reads the idea alone.
            return queryset.filter(authority_id__in=self.authority_ids)
        return queryset

    @cached_property
    def authority_ids(self):
        return remember(
            f"authorities:{self.cache_key}", lambda: list(self.authorities().values_list("pk", flat=True))
        )

    @cached_property
    def _ideas(self):
        # The live, public consultations' ideas, and the ideas of the LAOs' idea boxes (no consultation).
        ideas = SearchableIdea.objects.filter(
            Q(consultation_key__in=self.consultation_keys()) | Q(consultation_key__isnull=True),
            state=IdeaState.PUBLISHED,
        )
        ideas = self._by_authority(ideas)
        # (``select_related()`` with no names would follow every foreign key.)
        return ideas.select_related(*self._related()) if self.is_central else ideas

    def ideas(self):
        return self._ideas.all()

    def comments(self):
        return self._comments.all()

    @cached_property
    def _comments(self):
        published_ideas = self._by_authority(Idea.objects.filter(state=IdeaState.PUBLISHED)).annotate(
            text_pk=Cast("pk", CharField())
        ).values("text_pk")
        on_page = Q(comment__content_type=ContentType.objects.get_for_model(ConsultationPage))
        on_idea = Q(comment__content_type=ContentType.objects.get_for_model(Idea),
                    comment__object_pk__in=published_ideas)
        comments = SearchableComment.objects.filter(
            on_page | on_idea, Q(consultation_key__in=self.consultation_keys()) | Q(consultation_key__isnull=True),
            comment__is_public=True, comment__is_removed=False,
        )
        return self._by_authority(comments).select_related("comment", *self._related())

    def _related(self):
        """Results name their LAO on the central site only (on an LAO's site it is the site's)."""
        return ("authority",) if self.is_central else ()
