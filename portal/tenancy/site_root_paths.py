"""Site root paths looked up per page tree, so building a URL costs the same with 1 or 8,000 Sites.

Wagtail keeps the root paths of *every* Site in one cache entry (``Site.get_site_root_paths``):
each read unpickles all of them, each URL built scans the list, and with i18n on a rebuild runs
one query per Site. Every LAO here is a tree whose top page sits at depth 2 (its Thai home page,
with the English translation as a sibling), so a page's Sites can be found from the first
segment of its tree path alone. This module caches, per top-level page, the ``SiteRootPath``
entries of the Sites rooted at that page or at any of its translations, and drops exactly those
entries when a Site or a top-level page changes (see ``portal.tenancy.signals``).

Sites rooted deeper than depth 2 are not supported by this lookup (the portal never creates
them); pages outside the portal's own page types keep Wagtail's stock behaviour.
"""

from django.core.cache import cache

from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

STEPLEN = Page.steplen
CACHE_PREFIX = "ruamkhit:srp:v1:"
CACHE_SECONDS = 24 * 60 * 60


def tree_key(path):
    """The cache key of the top-level tree that the page with this treebeard path belongs to."""
    return CACHE_PREFIX + path[: 2 * STEPLEN]


def root_paths_for(page, cache_object=None):
    """The SiteRootPaths of the Sites serving ``page``'s tree, first Site created first."""
    if page.depth is None or page.depth < 2:
        return []
    key = tree_key(page.path)
    memo = None
    if cache_object is not None:
        memo = getattr(cache_object, "_ruamkhit_site_root_paths", None)
        if memo is None:
            memo = {}
            try:
                cache_object._ruamkhit_site_root_paths = memo
            except AttributeError:  # an object that takes no attributes
                memo = None
        if memo is not None and key in memo:
            return memo[key]
    entries = cache.get(key)
    if entries is None:
        entries = _compute(page.path[: 2 * STEPLEN])
        cache.set(key, entries, CACHE_SECONDS)
    result = [SiteRootPath(*entry) for entry in entries]
    if memo is not None:
        memo[key] = result
    return result


def _compute(top_path):
    top = (
        Page.objects.filter(path=top_path)
        .values("translation_key", "url_path", "locale__language_code")
        .first()
    )
    if top is None:
        return []
    translation_ids = Page.objects.filter(
        translation_key=top["translation_key"], depth=2
    ).values("id")
    sites = Site.objects.filter(root_page_id__in=translation_ids).order_by("id")
    return [
        (site.id, top["url_path"], site.root_url, top["locale__language_code"]) for site in sites
    ]


def forget_tree(path):
    cache.delete(tree_key(path))


def forget_site(site):
    """Drop the cached entries of every translation of the Site's root page."""
    root = Page.objects.filter(id=site.root_page_id).values("translation_key").first()
    if root is None:
        return
    paths = Page.objects.filter(translation_key=root["translation_key"], depth=2).values_list(
        "path", flat=True
    )
    cache.delete_many([tree_key(path) for path in paths])
