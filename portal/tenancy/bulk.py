"""Bulk provisioning: many LAOs in a row, with search and reference indexing done once per batch.

Every save of a Wagtail page normally re-indexes it for search and references at once; creating
an LAO saves its home pages several times (creation, revision, publication, translation). For
a bulk import this module switches those per-save updates off (Wagtail's own
``disable_reference_index_auto_update`` and the search index's post-save handlers, reconnected
afterwards) and indexes each batch's pages once, in bulk. Use it only in a process of its own
(a management command): the switch applies to the whole process.
"""

import logging
from contextlib import contextmanager

from django.db import connection
from django.db.models.signals import post_save

from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler

from .batch import provision_batch, split_fresh
from .provisioning import provision

logger = logging.getLogger(__name__)


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


class ProvisioningFailed(Exception):
    """Some LAOs could not be provisioned; the others were. Each failure names its LAO."""

    def __init__(self, failures):
        self.failures = failures  # [(authority, exception)]
        names = "; ".join(f"{a.dla_code} {a.full_name_th}: {error}" for a, error in failures)
        super().__init__(f"{len(failures)} LAO(s) could not be provisioned: {names}")


def provision_many(authorities, *, batch_size=100, analyze_every=500, progress=None):
    """Provision every Authority given; returns how many changed. Indexes each batch's pages.

    LAOs with nothing provisioned yet go through ``provision_batch`` (``portal.tenancy.batch``),
    ``batch_size`` at a time in one transaction each; the others (half-provisioned ones, whose
    slug or hostname is taken, or any batch that fails) through ``provision()``, one transaction
    per LAO. An LAO that still fails is left untouched and named in ``ProvisioningFailed``,
    raised once every other LAO is done.

    On PostgreSQL the planner's statistics are refreshed every ``analyze_every`` LAOs: a bulk
    load grows the page tree faster than autovacuum re-analyses it, and with stale statistics
    treebeard's "last child of the root" query turns from an index lookup into a scan of every
    page, so each LAO would cost more than the one before.
    """
    changed = 0
    failures = []
    since_analyze = 0
    with disable_reference_index_auto_update(), search_index_deferred():
        for chunk in _chunks(authorities, batch_size):
            done = _provision_chunk(chunk, failures)
            changed += len(done)
            since_analyze += len(done)
            if progress:
                progress.update(len(chunk))
            _index_homes([a.home_page_id for a in done])
            if since_analyze >= analyze_every:
                refresh_planner_statistics()
                since_analyze = 0
    if changed >= analyze_every:
        refresh_planner_statistics()
    if failures:
        raise ProvisioningFailed(failures)
    return changed


def _chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _provision_chunk(authorities, failures):
    """The Authorities of one chunk that changed: in bulk where possible, else one by one."""
    fresh, others = split_fresh(authorities)
    done = []
    if fresh:
        try:
            done = provision_batch(fresh)
        except Exception:  # any failure rolls the batch back; provision() names the culprit
            logger.warning("bulk provisioning of a batch failed; provisioning its LAOs one by one", exc_info=True)
            others = authorities
    for authority in others:
        try:
            result = provision(authority)
        except Exception as error:
            logger.exception("provisioning %s failed", authority.dla_code)
            failures.append((authority, error))
            continue
        if result.changed:
            done.append(result.authority)
    return done


def refresh_planner_statistics():
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _index_homes(home_ids):
    if not home_ids:
        return
    keys = Page.objects.filter(id__in=home_ids).values("translation_key")
    index_pages(list(Page.objects.filter(translation_key__in=keys).specific()))


__all__ = ["ProvisioningFailed", "index_pages", "provision_many", "search_index_deferred"]
