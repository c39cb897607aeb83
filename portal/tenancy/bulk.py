"""Bulk provisioning: many LAOs in a row, with search and reference indexing done once per batch.

Every save of a Wagtail page normally re-indexes it for search and references at once; creating
an LAO saves its home pages several times (creation, revision, publication, translation). For
a bulk import this module switches those per-save updates off (Wagtail's own
``disable_reference_index_auto_update`` and the search index's post-save handlers, reconnected
afterwards) and indexes each batch's pages once, in bulk. Use it only in a process of its own
(a management command): the switch applies to the whole process.
"""

from contextlib import contextmanager

from django.db import connection
from django.db.models.signals import post_save

from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler

from .provisioning import provision


@contextmanager
def search_index_deferred():
    models = [m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    disconnected = [m for m in models if post_save.disconnect(post_save_signal_handler, sender=m)]
    try:
        yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def index_pages(pages):
    """Index pages for search (in bulk per page type) and for references."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for backend in get_search_backends(with_auto_update=True):
        for model, objects in by_model.items():
            backend.add_bulk(model, objects)
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)


def provision_many(authorities, *, batch_size=100, analyze_every=500, progress=None):
    """Provision every Authority given; returns how many changed. Indexes each batch's pages.

    On PostgreSQL the planner's statistics are refreshed every ``analyze_every`` LAOs: a bulk
    load grows the page tree faster than autovacuum re-analyses it, and with stale statistics
    treebeard's "last child of the root" query turns from an index lookup into a scan of every
    page, so each LAO would cost more than the one before.
    """
    changed = 0
    batch = []
    with disable_reference_index_auto_update(), search_index_deferred():
        for authority in authorities:
            result = provision(authority)
            changed += result.changed
            if result.changed:
                batch.append(result.authority.home_page_id)
                if changed % analyze_every == 0:
                    refresh_planner_statistics()
            if progress:
                progress.update(1)
            if len(batch) >= batch_size:
                _index_homes(batch)
                batch = []
        _index_homes(batch)
    if changed >= analyze_every:
        refresh_planner_statistics()
    return changed


def refresh_planner_statistics():
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _index_homes(home_ids):
    if not home_ids:
        return
    keys = Page.objects.filter(id__in=home_ids).values("translation_key")
    index_pages(list(Page.objects.filter(translation_key__in=keys).specific()))


__all__ = ["index_pages", "provision_many", "search_index_deferred"]
