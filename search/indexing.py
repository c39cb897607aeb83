"""Keeping the index up to date as ideas and comments are saved, published, hidden or removed.

Pages are indexed by Wagtail itself on every save. Ideas and comments are indexed here, in the
same transaction as the save, and only while they are public: an idea while it is published,
a comment while it is public and not removed. When one stops being public its entry is
deleted, so the index never holds text a visitor may not read (searches also filter on the
same conditions, see ``search.scope``).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.db.models.signals import post_delete, post_save

from modelsearch.backends import get_search_backends

from ideas.models import CommentRecord, Idea, IdeaState


def _backends():
    return get_search_backends(with_auto_update=True)


def _as(model, instance):
    """``instance`` as its proxy ``model``, without a query."""
    proxy = model(**{field.attname: getattr(instance, field.attname) for field in model._meta.concrete_fields})
    proxy._state.adding = False
    proxy._state.db = instance._state.db
    return proxy


def _remove(model, pk):
    for backend in _backends():
        backend.delete(model(pk=pk))


def update_idea(idea):
    from .models import SearchableIdea

    if idea.state == IdeaState.PUBLISHED:
        document = _as(SearchableIdea, idea)
        for backend in _backends():
            backend.add(document)
    else:
        _remove(SearchableIdea, idea.pk)


def update_comment(record, comment):
    from .models import SearchableComment

    if comment.is_public and not comment.is_removed:
        document = _as(SearchableComment, record)
        document.comment = comment
        for backend in _backends():
            backend.add(document)
    else:
        _remove(SearchableComment, record.pk)


def idea_saved(sender, instance, created, raw=False, **kwargs):
    if raw or (created and instance.state != IdeaState.PUBLISHED):
        return  # a new idea waits for moderation: nothing to index or remove
    update_idea(instance)


def idea_deleted(sender, instance, **kwargs):
    from .models import SearchableIdea

    _remove(SearchableIdea, instance.pk)


def comment_record_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        update_comment(instance, instance.comment)


def comment_saved(sender, instance, created, raw=False, **kwargs):
    if raw or created:
        return  # its record, created right after it, indexes it
    record = CommentRecord.objects.filter(comment_id=instance.pk).first()
    if record is not None:
        update_comment(record, instance)


def comment_record_deleted(sender, instance, **kwargs):
    from .models import SearchableComment

    _remove(SearchableComment, instance.pk)


def purge_hidden_comments():
    """Delete the entries of comments that are no longer public (e.g. erased with a queryset
    update, which sends no signal); returns how many went."""
    from .models import SearchableComment

    visible = SearchableComment.get_indexed_objects().annotate(text_pk=Cast("pk", CharField())).values("text_pk")
    return _deleted(_comment_entries().exclude(object_id__in=visible))


def _comment_entries():
    from modelsearch.conf import get_app_config

    index_entry = get_app_config().get_model("IndexEntry")
    return index_entry.objects.filter(content_type=ContentType.objects.get_for_model(CommentRecord))


def erase_person(user):
    """Personal-data source: the index keeps copies of public comments only. Drop the person's
    comments and any comment no longer public (so it works before or after the "comments"
    source has erased them); returns how many entries went."""
    records = CommentRecord.objects.filter(comment__user=user).annotate(text_pk=Cast("pk", CharField()))
    removed = _deleted(_comment_entries().filter(object_id__in=records.values("text_pk")))
    return removed + purge_hidden_comments()


def _deleted(entries):
    """Delete index entries; how many (SQLite's full-text rows that go with them not counted)."""
    return entries.delete()[1].get(entries.model._meta.label, 0)


def export_person(user):
    return []  # nothing beyond the comments themselves, which the "comments" source exports


def connect():
    from django_comments_xtd.models import XtdComment

    post_save.connect(idea_saved, sender=Idea, dispatch_uid="search_idea_saved")
    post_delete.connect(idea_deleted, sender=Idea, dispatch_uid="search_idea_deleted")
    post_save.connect(comment_record_saved, sender=CommentRecord, dispatch_uid="search_comment_record_saved")
    post_delete.connect(comment_record_deleted, sender=CommentRecord, dispatch_uid="search_comment_record_deleted")
    post_save.connect(comment_saved, sender=XtdComment, dispatch_uid="search_comment_saved")
