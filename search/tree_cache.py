"""What a search needs to know of the page tree, read once and kept until a page changes.

Every search page narrows its results by the tree: which sections are private, where the LAOs'
trees start, which consultations are live. These are a few small queries, the same for every
search until an editor publishes, unpublishes, moves or deletes a page or changes who may view
it. So they are kept in the cache under a version that any such change replaces
(``connect``), and for five minutes at most (a process whose cache is its own memory, as in
development, only sees its own changes).
"""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "search:tree-version"
TIMEOUT = 300


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        current = cache.get(VERSION_KEY)
    return current


def tree_changed(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def remember(name, compute):
    """``compute()``, or what it returned since the tree last changed."""
    key = f"search:tree:{version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        tree_changed()


def connect():
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(tree_changed, dispatch_uid="search_tree_published")
    page_unpublished.connect(tree_changed, dispatch_uid="search_tree_unpublished")
    post_page_move.connect(tree_changed, dispatch_uid="search_tree_moved")
    post_delete.connect(_page_deleted, dispatch_uid="search_tree_page_deleted")
    post_save.connect(tree_changed, sender=PageViewRestriction, dispatch_uid="search_tree_restriction_saved")
    post_delete.connect(
        tree_changed, sender=PageViewRestriction, dispatch_uid="search_tree_restriction_deleted"
    )
