"""Provisioning an LAO: registry row → Authority → Site, home pages, collection and groups.

``provision`` is idempotent: calling it again finds what exists and creates only what is
missing, so a run interrupted half-way can simply be repeated. Each Authority is provisioned
in its own transaction.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page, Site
from wagtail.models.sites import GroupSitePermission
from wagtail_localize.models import Translation, TranslationSource

import polib

from .home_pages import central_home_page_model, lao_home_page_model
from .models import Authority, AuthorityBranding, AuthorityKind, Province
from .models.authority import KIND_SUFFIX_EN
from .registry import RegistryError, base_slug, read_provinces, romanize
from .workflow_setup import ensure_approval_workflow

ROLES = ("editors", "approvers", "moderators", "officers")

# Page permissions per role, on the LAO's Thai tree and its English translation. Editors write
# and submit pages to the approval workflow; approvers (who may publish) approve them.
PAGE_PERMISSIONS = {
    "editors": ["add_page", "change_page", "lock_page", "unlock_page", "delete_page"],
    "approvers": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "delete_page"],
    "moderators": [],
    "officers": ["add_page", "change_page"],
}
_MEDIA_EDITING = ["add_image", "change_image", "choose_image", "delete_image",
                  "add_document", "change_document", "choose_document", "delete_document"]
# Image and document permissions per role, on the LAO's collection.
COLLECTION_PERMISSIONS = {
    "editors": _MEDIA_EDITING,
    "approvers": _MEDIA_EDITING,
    "moderators": ["choose_image", "choose_document"],
    "officers": ["add_image", "change_image", "choose_image",
                 "add_document", "change_document", "choose_document"],
}
# Global permissions per role (these carry no object of their own).
GLOBAL_PERMISSIONS = {
    "editors": [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
    "approvers": [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
    "moderators": [("wagtailadmin", "access_admin")],
    "officers": [("wagtailadmin", "access_admin")],
}
SITE_PERMISSIONS = {
    "editors": ["change_authoritybranding"],
    "approvers": ["change_authoritybranding"],
    "moderators": [],
    "officers": [],
}

HOME_INTRO_TH = (
    "ยินดีต้อนรับสู่เว็บไซต์ร่วมคิดของ{name} ร่วมเสนอปัญหาและแนวทางแก้ไขในพื้นที่ "
    "แสดงความคิดเห็น และร่วมตัดสินใจงบประมาณของท้องถิ่นได้ทุกที่ทุกเวลา"
)
HOME_INTRO_EN = (
    "Welcome to the Ruamkhit portal of {name}. Raise local problems, propose solutions, "
    "comment, and help decide the local budget, online at any time."
)


@dataclass
class ProvisionResult:
    authority: Authority
    created: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.created)


class _Permissions:
    """Every permission provisioning hands out, fetched in one query per provisioning run."""

    def __init__(self):
        codenames = {code for table in (PAGE_PERMISSIONS, COLLECTION_PERMISSIONS, SITE_PERMISSIONS)
                     for codes in table.values() for code in codes}
        codenames |= {code for pairs in GLOBAL_PERMISSIONS.values() for _, code in pairs}
        self._by_key = {
            (p.content_type.app_label, p.codename): p
            for p in Permission.objects.filter(codename__in=codenames).select_related("content_type")
        }

    def get(self, app_label, codename):
        return self._by_key[(app_label, codename)]

    def page(self, codename):
        return self.get("wagtailcore", codename)

    def collection(self, codename):
        app = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
        return self.get(app, codename)


def locales():
    th, _ = Locale.objects.get_or_create(language_code="th")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return th, en


def ensure_base_data():
    """What migrations normally create: locales, provinces, the root page and root collection,
    the approval workflow and the authority-function taxonomy.

    Provisioning can then also run on a database that was flushed (as transactional tests do).
    """
    th, _ = locales()
    if not Province.objects.exists():
        Province.objects.bulk_create(
            Province(code=row["code"], name_th=row["name_th"], name_en=row["name_en"])
            for row in read_provinces()
        )
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=th, live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    ensure_approval_workflow()
    from portal.snippets.models import AuthorityFunction
    from portal.snippets.taxonomy import load_authority_functions

    if not AuthorityFunction.objects.exists():
        load_authority_functions()
    # wagtail-localize creates this permission in a data migration, not from a model's Meta.
    translation_type, _ = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    Permission.objects.get_or_create(
        content_type=translation_type, codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


def hostname_for(slug):
    return f"{slug}.{settings.PORTAL_DOMAIN}"


REGISTRY_FIELDS = ["name_th", "kind", "province", "district_th", "office_lat", "office_lon", "area_km2"]


def _registry_values(row, provinces):
    province = provinces.get(row.province_code)
    if province is None:
        raise RegistryError(f"line {row.line} ({row.dla_code}): unknown province code {row.province_code!r}")
    return {
        "name_th": row.name_th, "kind": row.kind, "province": province,
        "district_th": row.district_th, "office_lat": row.lat, "office_lon": row.lon,
        "area_km2": row.area_km2,
    }


def register_many(rows):
    """Create or update the Authorities of registry rows, a few queries per thousand rows.

    Returns (created, updated). New LAOs get a unique hostname slug.
    """
    provinces = {p.code: p for p in Province.objects.all()}
    existing = {a.dla_code: a for a in Authority.objects.filter(dla_code__in=[r.dla_code for r in rows])}
    taken = set(Authority.objects.values_list("slug", flat=True))
    new, changed = [], []
    for row in rows:
        values = _registry_values(row, provinces)
        authority = existing.get(row.dla_code)
        if authority is None:
            authority = Authority(dla_code=row.dla_code, **values)
            slug = base_slug(row.name_th, row.kind, "", values["province"].name_en)
            authority.slug = slug if slug not in taken else f"{slug}-{row.dla_code}"
            taken.add(authority.slug)
            new.append(authority)
        elif any(getattr(authority, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(authority, key, value)
            changed.append(authority)
    Authority.objects.bulk_create(new, batch_size=500)
    Authority.objects.bulk_update(changed, REGISTRY_FIELDS, batch_size=500)
    return len(new), len(changed)


def register(row, *, name_en="", slug=None):
    """Register one registry row, optionally with its English name and hostname slug.

    Returns (authority, created). The slug can change only while the LAO is not online.
    """
    created, _ = register_many([row])
    authority = Authority.objects.select_related("province").get(dla_code=row.dla_code)
    changed = []
    if name_en and authority.name_en != name_en:
        authority.name_en = name_en
        changed.append("name_en")
    if not authority.is_provisioned and (slug or (created and name_en)):
        new_slug = slug or unique_slug(authority)
        if new_slug != authority.slug:
            authority.slug = new_slug
            changed.append("slug")
    if changed:
        authority.full_clean()
        authority.save(update_fields=changed)
    return authority, bool(created)


def unique_slug(authority):
    slug = base_slug(
        authority.name_th, authority.kind, authority.name_en, authority.province.name_en
    )
    if Authority.objects.filter(slug=slug).exclude(pk=authority.pk).exists():
        slug = f"{slug}-{authority.dla_code}"
    return slug


@transaction.atomic
def provision(authority, *, user=None):
    """Create whatever the Authority is missing: home pages, Site, collection, groups, settings."""
    authority = Authority.objects.select_for_update().select_related("province").get(pk=authority.pk)
    result = ProvisionResult(authority)
    th, en = locales()
    home = _ensure_home_page(authority, th, result)
    home_en = _ensure_english_home(authority, home, en, result, user)
    site = _ensure_site(authority, home, result)
    collection = _ensure_collection(authority, result)
    _ensure_groups(authority, [home, home_en], collection, site, result)
    if not AuthorityBranding.objects.filter(site=site).exists():
        AuthorityBranding.objects.create(site=site)
        result.created.append("branding")
    if result.changed or authority.provisioned_at is None:
        authority.home_page = home
        authority.site = site
        authority.collection = collection
        authority.provisioned_at = authority.provisioned_at or timezone.now()
        authority.save(update_fields=["home_page", "site", "collection", "provisioned_at"])
    return result


def _ensure_home_page(authority, th, result):
    HomePage = lao_home_page_model()
    if authority.home_page_id:
        return authority.home_page.specific
    existing = HomePage.objects.filter(depth=2, slug=authority.slug, locale=th).first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    home = HomePage(
        title=authority.full_name_th,
        slug=authority.slug,
        locale=th,
        intro=HOME_INTRO_TH.format(name=authority.full_name_th),
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    result.created.append("home page")
    return home


def _english_title(authority):
    """The LAO's English name with its kind; a romanisation when no English name is recorded."""
    if authority.full_name_en:
        return authority.full_name_en
    if authority.kind == AuthorityKind.PROVINCIAL_ADMIN_ORG:
        name = authority.province.name_en
    else:
        name = romanize(authority.name_th).replace("-", " ").title()
    return f"{name} {KIND_SUFFIX_EN[authority.kind]}".strip()


def _ensure_english_home(authority, home, en, result, user):
    """The English home page, as a wagtail-localize translation whose strings are pre-filled."""
    existing = home.get_translations().filter(locale=en).first()
    if existing:
        return existing.specific
    title = _english_title(authority)
    translate_page(home, en, {home.title: title, home.intro: HOME_INTRO_EN.format(name=title)}, user)
    result.created.append("English home page")
    return home.get_translations().get(locale=en).specific


def translate_page(page, locale, strings, user=None):
    """Create and publish ``page``'s translation into ``locale`` through wagtail-localize.

    ``strings`` maps source text to its translation; the rest falls back to the source until
    an editor translates it in wagtail-localize's editor.
    """
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(polib.pofile(str(po)), user=user)
    translation.save_target(user=user, publish=True)


def _ensure_site(authority, home, result):
    if authority.site_id:
        return authority.site
    hostname = hostname_for(authority.slug)
    site = Site.objects.filter(hostname=hostname).first()
    if site is None:
        site = Site.objects.create(
            hostname=hostname,
            port=settings.PORTAL_PORT,
            root_page=home,
            site_name=authority.full_name_th,
        )
        result.created.append("site")
    return site


def _ensure_collection(authority, result):
    if authority.collection_id:
        return authority.collection
    # The Authority's own link is the record of its collection (set in the same transaction).
    collection = Collection.get_first_root_node().add_child(
        name=f"{authority.dla_code} {authority.full_name_th}"
    )
    result.created.append("collection")
    return collection


def _ensure_groups(authority, pages, collection, site, result):
    """The role groups with their permissions: missing rows are added, and page permissions a
    role no longer has on this LAO's trees (editors once published directly) are removed."""
    _permissions = _Permissions()
    for role in ROLES:
        group, created = Group.objects.get_or_create(name=authority.group_name(role))
        if created:
            result.created.append(f"group {role}")
        wanted_global = [_permissions.get(app, code) for app, code in GLOBAL_PERMISSIONS[role]]
        wanted_pages = [
            GroupPagePermission(group=group, page=page, permission=_permissions.page(code))
            for page in pages
            for code in PAGE_PERMISSIONS[role]
        ]
        wanted_collections = [
            GroupCollectionPermission(group=group, collection=collection, permission=_permissions.collection(code))
            for code in COLLECTION_PERMISSIONS[role]
        ]
        wanted_sites = [
            GroupSitePermission(group=group, site=site, permission=_permissions.get("tenancy", code))
            for code in SITE_PERMISSIONS[role]
        ]
        if not created:
            have = set(group.permissions.values_list("id", flat=True))
            wanted_global = [p for p in wanted_global if p.id not in have]
            wanted_page_permissions = {_permissions.page(code).id for code in PAGE_PERMISSIONS[role]}
            GroupPagePermission.objects.filter(group=group, page__in=pages).exclude(
                permission_id__in=wanted_page_permissions
            ).delete()
            have_pages = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission_id"))
            wanted_pages = [p for p in wanted_pages if (p.page_id, p.permission_id) not in have_pages]
            have_cols = set(
                GroupCollectionPermission.objects.filter(group=group).values_list("collection_id", "permission_id")
            )
            wanted_collections = [
                p for p in wanted_collections if (p.collection_id, p.permission_id) not in have_cols
            ]
            have_sites = set(GroupSitePermission.objects.filter(group=group).values_list("site_id", "permission_id"))
            wanted_sites = [p for p in wanted_sites if (p.site_id, p.permission_id) not in have_sites]
        if wanted_global:
            group.permissions.add(*wanted_global)
        GroupPagePermission.objects.bulk_create(wanted_pages)
        GroupCollectionPermission.objects.bulk_create(wanted_collections)
        GroupSitePermission.objects.bulk_create(wanted_sites)


@transaction.atomic
def provision_central_site():
    """The DLA's central site at PORTAL_DOMAIN, replacing Wagtail's initial welcome page."""
    CentralHomePage = central_home_page_model()
    ensure_base_data()
    th, en = locales()
    central = CentralHomePage.objects.filter(locale=th).first()
    if central is None:
        root = Page.get_first_root_node()
        for page in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
            page.delete()  # Wagtail's "Welcome to your new Wagtail site!" and its Site
        central = CentralHomePage(
            title="ร่วมคิด: เวทีการมีส่วนร่วมขององค์กรปกครองส่วนท้องถิ่น",
            slug="dla",
            locale=th,
            intro=(
                "ศูนย์กลางการมีส่วนร่วมของประชาชนกับองค์กรปกครองส่วนท้องถิ่นทั่วประเทศ "
                "ค้นหาเว็บไซต์ของ อปท. ในพื้นที่ของคุณ เพื่อเสนอปัญหา แนวทางแก้ไข และร่วมตัดสินใจงบประมาณ"
            ),
        )
        root.add_child(instance=central)
        central.save_revision().publish()
    if not central.get_translations().filter(locale=en).exists():
        english = {
            central.title: "Ruamkhit: participation portal of Thailand's local authorities",
            central.intro: (
                "One place for citizens to take part with local authorities across Thailand. "
                "Find the portal of your local authority to raise problems, propose solutions "
                "and help decide the budget."
            ),
        }
        translate_page(central, en, english)
    site = Site.objects.filter(hostname=settings.PORTAL_DOMAIN).first()
    if site is None:
        Site.objects.filter(is_default_site=True).update(is_default_site=False)
        site = Site.objects.create(
            hostname=settings.PORTAL_DOMAIN,
            port=settings.PORTAL_PORT,
            root_page=central,
            is_default_site=True,
            site_name="ร่วมคิด",
        )
    return site
