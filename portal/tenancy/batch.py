"""Provisioning a batch of new LAOs in phases: what ``provision()`` creates, for many at once.

``provision()`` creates one LAO at a time through Wagtail's and wagtail-localize's page APIs:
``add_child`` (which finds the root's last child each time), a revision, a publication that
saves the page again, then wagtail-localize's extraction, PO round trip, page copy, two more
saves and a second publication when the transaction commits: about 300 queries per LAO.

``provision_batch`` creates the same things for LAOs that have nothing yet, in one transaction
per batch, phase by phase:

1. paths for every home page and collection are reserved under the root page and the root
   collection (``portal.tenancy.tree``), which stay locked until the batch commits;
2. every Thai home page is saved once, already published, with one revision (bulk-inserted),
   as ``add_child`` then ``save_revision().publish()`` leave it;
3. every English home page likewise, with the field values wagtail-localize's
   ``create_or_update_translation`` would give the copy (title and introduction translated,
   the slug its first free ``<slug>-N``), and wagtail-localize's records of a synced
   translation written in bulk (``portal.tenancy.synced_translations``);
4. log entries as Wagtail writes them (create, copy for translation, publish);
5. Sites, collections, groups, their permissions and the branding settings by ``bulk_create``.

What it does not do per page, compared to the stock path: full validation (the values are
built here, and the slugs and hostnames are checked against the database first), the
intermediate saves and the extra revision of the translation. The result is compared with
``provision()``'s in ``tests/tenancy/test_bulk_provisioning.py``.

An LAO that has anything already (a home page, Site, collection or group, or a slug or hostname
in use) is not for this path: ``split_fresh`` leaves it to ``provision()``, which completes it.
Search and reference indexing is left to the caller (``portal.tenancy.bulk`` indexes each
batch once).
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageLogEntry,
    Revision,
    Site,
)
from wagtail.models.sites import GroupSitePermission

from .home_pages import lao_home_page_model
from .models import Authority, AuthorityBranding
from .provisioning import (
    COLLECTION_PERMISSIONS,
    GLOBAL_PERMISSIONS,
    HOME_INTRO_EN,
    HOME_INTRO_TH,
    PAGE_PERMISSIONS,
    ROLES,
    SITE_PERMISSIONS,
    _english_title,
    _Permissions,
    hostname_for,
    locales,
)
from .site_root_paths import forget_tree
from .synced_translations import record_synced_translations, supports
from .tree import ChildPaths

MAX_SLUG_SUFFIX = 20


def _is_blank(authority):
    return (
        authority.home_page_id is None and authority.site_id is None
        and authority.collection_id is None and authority.provisioned_at is None
    )


def split_fresh(authorities):
    """Split Authorities into (fresh, others): fresh ones have nothing provisioned and nothing
    in the way (no page at their slug, no Site at their hostname, none of their groups)."""
    candidates = [a for a in authorities if _is_blank(a)]
    slugs = {a.slug for a in candidates}
    taken_slugs = set(Page.objects.filter(depth=2, slug__in=slugs).values_list("slug", flat=True))
    taken_hosts = set(
        Site.objects.filter(hostname__in=[hostname_for(s) for s in slugs]).values_list("hostname", flat=True)
    )
    group_names = [a.group_name(role) for a in candidates for role in ROLES]
    grouped = set(Group.objects.filter(name__in=group_names).values_list("name", flat=True))
    fresh_ids = {
        a.pk for a in candidates
        if a.slug not in taken_slugs
        and hostname_for(a.slug) not in taken_hosts
        and not any(a.group_name(role) in grouped for role in ROLES)
    }
    return (
        [a for a in authorities if a.pk in fresh_ids],
        [a for a in authorities if a.pk not in fresh_ids],
    )


def _english_slugs(slugs):
    """The slug wagtail-localize gives each English home page: ``find_available_slug`` among
    the root's children, where the Thai page already holds ``slug``."""
    candidates = [f"{slug}-{n}" for slug in slugs for n in range(1, MAX_SLUG_SUFFIX)]
    taken = set(Page.objects.filter(depth=2, slug__in=candidates).values_list("slug", flat=True))
    taken |= set(slugs)
    result = {}
    for slug in slugs:
        for n in range(1, MAX_SLUG_SUFFIX):
            candidate = f"{slug}-{n}"
            if candidate not in taken:
                taken.add(candidate)
                result[slug] = candidate
                break
        else:
            raise ValueError(f"no free English slug for {slug!r}")
    return result


@transaction.atomic
def provision_batch(authorities, *, user=None):
    """Provision Authorities that ``split_fresh`` found fresh, all in this transaction.

    Returns the Authorities provisioned. Raises if any of them is no longer fresh (nothing is
    written then): the caller falls back to ``provision()`` one by one.
    """
    HomePage = lao_home_page_model()
    ids = [a.pk for a in authorities]
    authorities = list(
        Authority.objects.select_for_update().select_related("province").filter(pk__in=ids).order_by("dla_code")
    )
    fresh, others = split_fresh(authorities)
    if others or not fresh:
        raise ValueError("not fresh: " + ", ".join(a.dla_code for a in others))

    th, en = locales()
    now = timezone.now()
    home_type = ContentType.objects.get_for_model(HomePage)
    page_type = ContentType.objects.get_for_model(Page)
    root = Page.get_first_root_node()
    page_paths = ChildPaths(root, 2 * len(authorities))

    # Thai home pages: saved once, published, as add_child + save_revision().publish() leave them.
    homes = []
    for authority in authorities:
        title = authority.full_name_th
        home = page_paths.place(HomePage(
            title=title, draft_title=title, slug=authority.slug, locale=th,
            intro=HOME_INTRO_TH.format(name=title), live=True, has_unpublished_changes=False,
            first_published_at=now, last_published_at=now, latest_revision_created_at=now, owner=user,
        ))
        if not supports(home):
            raise ValueError(f"{authority.dla_code}: home page content needs wagtail-localize's own extraction")
        home.save(clean=False, log_action=None)
        homes.append(home)
    th_revisions = _publish_revisions(homes, home_type, page_type, user, now)

    # English home pages: the values create_or_update_translation gives the copy.
    en_slugs = _english_slugs([h.slug for h in homes])
    homes_en, strings = [], []
    for authority, home in zip(authorities, homes, strict=True):
        title = _english_title(authority)
        translated = {home.title: title, home.intro: HOME_INTRO_EN.format(name=title)}
        strings.append(translated)
        home_en = page_paths.place(HomePage(
            title=title, draft_title=title, slug=en_slugs[home.slug], locale=en,
            translation_key=home.translation_key, intro=translated[home.intro], body=home.body,
            seo_title=home.seo_title, search_description=home.search_description,
            show_in_menus=home.show_in_menus, live=True, has_unpublished_changes=False,
            first_published_at=now, last_published_at=now, latest_revision_created_at=now, owner=user,
        ))
        home_en.save(clean=False, log_action=None)
        homes_en.append(home_en)
    page_paths.record_children()
    en_revisions = _publish_revisions(homes_en, home_type, page_type, user, now)
    record_synced_translations(
        [(home, home_en, revision, translated)
         for home, home_en, revision, translated in zip(homes, homes_en, en_revisions, strings, strict=True)],
        en, user=user,
    )
    _log_pages(homes, homes_en, th_revisions, en_revisions, root, th, en, home_type, user, now)

    # Sites, collections, groups and permissions, branding.
    sites = Site.objects.bulk_create([
        Site(hostname=hostname_for(a.slug), port=settings.PORTAL_PORT, root_page=home,
             site_name=a.full_name_th, is_default_site=False)
        for a, home in zip(authorities, homes, strict=True)
    ])
    collection_paths = ChildPaths(Collection.get_first_root_node(), len(authorities))
    collections = Collection.objects.bulk_create([
        collection_paths.place(Collection(name=f"{a.dla_code} {a.full_name_th}")) for a in authorities
    ])
    collection_paths.record_children()
    _create_groups(authorities, homes, homes_en, collections, sites)
    AuthorityBranding.objects.bulk_create([AuthorityBranding(site=site) for site in sites])

    for authority, home, site, collection in zip(authorities, homes, sites, collections, strict=True):
        authority.home_page = home
        authority.site = site
        authority.collection = collection
        authority.provisioned_at = now
    Authority.objects.bulk_update(authorities, ["home_page", "site", "collection", "provisioned_at"])

    paths = [p.path for p in homes + homes_en]
    transaction.on_commit(lambda: _forget_cached_roots(paths))
    return authorities


def _publish_revisions(pages, page_model_type, base_type, user, now):
    """One revision per new page, recorded as its latest and live revision."""
    revisions = Revision.objects.bulk_create([
        Revision(
            content_type=page_model_type, base_content_type=base_type, object_id=str(page.pk),
            user=user, created_at=now, content=page.serializable_data(), object_str=str(page),
        )
        for page in pages
    ])
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.live_revision = revision
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])
    return revisions


def _log_pages(homes, homes_en, th_revisions, en_revisions, root, th, en, page_type, user, now):
    """The log entries Wagtail writes for the stock path: create and publish, and for the
    English page its copy for translation."""
    entries = []

    def entry(page, action, label, revision=None, data=None, changed=True):
        entries.append(PageLogEntry(
            content_type=page_type, page_id=page.pk, label=label, action=action, data=data or {},
            timestamp=now, revision=revision, user=user, content_changed=changed,
        ))

    for home, home_en, th_rev, en_rev in zip(homes, homes_en, th_revisions, en_revisions, strict=True):
        entry(home, "wagtail.create", home.title)
        entry(home, "wagtail.publish", home.title, th_rev)
        entry(home_en, "wagtail.create", home.title)
        entry(home_en, "wagtail.copy_for_translation", home.title, changed=False, data={
            "page": {"id": home_en.pk, "title": home.title,
                     "locale": {"id": en.pk, "language_code": en.language_code}},
            "source": {"id": root.pk, "title": root.title},
            "keep_live": False,
            "destination": {"id": root.pk, "title": root.title},
            "source_locale": {"id": th.pk, "language_code": th.language_code},
        })
        entry(home_en, "wagtail.publish", home_en.title, en_rev)
    PageLogEntry.objects.bulk_create(entries)


def _create_groups(authorities, homes, homes_en, collections, sites):
    permissions = _Permissions()
    groups = Group.objects.bulk_create([Group(name=a.group_name(role)) for a in authorities for role in ROLES])
    through = Group.permissions.through
    group_perms, page_perms, collection_perms, site_perms = [], [], [], []
    for n, (home, home_en, collection, site) in enumerate(zip(homes, homes_en, collections, sites, strict=True)):
        for group, role in zip(groups[n * len(ROLES):(n + 1) * len(ROLES)], ROLES, strict=True):
            group_perms += [
                through(group_id=group.pk, permission_id=permissions.get(app, code).pk)
                for app, code in GLOBAL_PERMISSIONS[role]
            ]
            page_perms += [
                GroupPagePermission(group=group, page=page, permission=permissions.page(code))
                for page in (home, home_en)
                for code in PAGE_PERMISSIONS[role]
            ]
            collection_perms += [
                GroupCollectionPermission(group=group, collection=collection, permission=permissions.collection(code))
                for code in COLLECTION_PERMISSIONS[role]
            ]
            site_perms += [
                GroupSitePermission(group=group, site=site, permission=permissions.get("tenancy", code))
                for code in SITE_PERMISSIONS[role]
            ]
    through.objects.bulk_create(group_perms)
    GroupPagePermission.objects.bulk_create(page_perms)
    GroupCollectionPermission.objects.bulk_create(collection_perms)
    GroupSitePermission.objects.bulk_create(site_perms)


def _forget_cached_roots(paths):
    """Sites created by bulk_create send no post_save: drop the cached root paths ourselves."""
    Site.clear_site_root_paths_cache()
    for path in paths:
        forget_tree(path)


__all__ = ["provision_batch", "split_fresh"]
