from django.utils.translation import gettext_lazy as _

from wagtail.search import index

from ideas.models import Idea, IdeaState
from search.scope_words import scope_words


class SearchableIdea(index.Indexed, Idea):
    """An idea as the search index sees it: only published ideas are indexed."""

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("search_scope"),
        index.FilterField("authority"),
        index.FilterField("consultation_key"),
        index.FilterField("state"),
        index.FilterField("published_at"),
        index.RelatedFields("authority", [index.FilterField("province"), index.FilterField("kind")]),
    ]
    search_auto_update = False  # ``search.indexing`` follows Idea itself, published or not

    class Meta:
        proxy = True
        verbose_name = _("idea in the search index")
        verbose_name_plural = _("ideas in the search index")

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.filter(state=IdeaState.PUBLISHED).select_related("authority")

    @property
    def search_date(self):
        """What newest first means for an idea (``search.scope_words.search_date``)."""
        return self.published_at or self.submitted_at

    @property
    def search_scope(self):
        return scope_words(self.authority)
