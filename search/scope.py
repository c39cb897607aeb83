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
from django.db.models.functions import Cast

from wagtail.models import Page

from consultations.models import ConsultationPage, Idea, IdeaState
from portal.tenancy.models import Authority

from .models import SearchableComment, SearchableIdea
from .scope_words import kind_word, lao_word, province_word


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
        return Page.objects.private_q()  # one query for every private section

    @cached_property
    def tree_roots(self):
        """The top-level pages (in the active language) whose trees are searched; None: all."""
        if self.authority is not None:
            home = Page.objects.filter(pk=self.authority.home_page_id).values("translation_key")
            roots = Page.objects.filter(depth=2, translation_key__in=home, locale_id=self.locale_id)
        elif self.province is not None or self.kind:
            authorities = self.authorities()
            roots = Page.objects.filter(
                depth=2, locale_id=self.locale_id,
                translation_key__in=authorities.values("home_page__translation_key"),
            )
        else:
            return None
        return list(roots.values_list("path", flat=True))

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

    def _in_trees(self, pages):
        roots = self.tree_roots
        if roots is None:
            return pages.filter(depth__gt=1)
        if not roots:
            return pages.none()
        return pages.filter(reduce(or_, (Q(path__startswith=path) for path in roots)))

    @cached_property
    def _pages(self):
        pages = Page.objects.live().filter(locale_id=self.locale_id).exclude(self._private)
        return self._in_trees(pages).specific()

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
            keys = list(keys)
        self.__dict__["_consultation_keys"] = keys
        return keys

    def _by_authority(self, queryset):
        if self.authority is not None:
            return queryset.filter(authority=self.authority)
        if self.province is not None:
            queryset = queryset.filter(authority__province=self.province)
        if self.kind:
            queryset = queryset.filter(authority__kind=self.kind)
        return queryset

    @cached_property
    def _ideas(self):
        ideas = SearchableIdea.objects.filter(state=IdeaState.PUBLISHED, consultation_key__in=self.consultation_keys())
        return self._by_authority(ideas).select_related(*self._related())

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
            on_page | on_idea, comment__is_public=True, comment__is_removed=False,
            consultation_key__in=self.consultation_keys(),
        )
        return self._by_authority(comments).select_related("comment", *self._related())

    def _related(self):
        """Results name their LAO on the central site only (on an LAO's site it is the site's)."""
        return ("authority",) if self.is_central else ()
