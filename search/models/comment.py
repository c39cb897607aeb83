from django.utils.translation import gettext_lazy as _

from wagtail.search import index

from ideas.models import CommentRecord
from search.scope_words import scope_words


class SearchableComment(index.Indexed, CommentRecord):
    """A comment as the search index sees it: its text, through the portal's record of it (which
    carries the LAO). Only public comments that are not removed are indexed."""

    search_fields = [
        index.RelatedFields("comment", [
            index.SearchField("comment"),
            index.FilterField("is_public"),
            index.FilterField("is_removed"),
            index.FilterField("content_type"),
            index.FilterField("object_pk"),
            index.FilterField("submit_date"),
        ]),
        index.SearchField("search_scope"),
        index.FilterField("id"),
        index.FilterField("authority"),
        index.FilterField("consultation_key"),
        index.RelatedFields("authority", [index.FilterField("province"), index.FilterField("kind")]),
    ]
    search_auto_update = False  # ``search.indexing`` follows the comment and its record

    class Meta:
        proxy = True
        verbose_name = _("comment in the search index")
        verbose_name_plural = _("comments in the search index")

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.filter(comment__is_public=True, comment__is_removed=False).select_related("comment", "authority")

    @property
    def search_date(self):
        """What newest first means for a comment (``search.scope_words.search_date``)."""
        return self.comment.submit_date

    @property
    def search_scope(self):
        return scope_words(self.authority)
