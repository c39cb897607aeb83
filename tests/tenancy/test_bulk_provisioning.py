"""The bulk path (``provision_many`` → ``provision_batch``) gives each LAO exactly what
``provision()`` gives it, is idempotent, and names an LAO it cannot provision."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Site,
)
from wagtail.models.sites import GroupSitePermission
from wagtail.search.models import IndexEntry
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

import pytest

from home.models import HomePage
from portal.tenancy import batch, provisioning
from portal.tenancy.bulk import ProvisioningFailed, provision_many
from portal.tenancy.models import Authority, AuthorityBranding
from portal.tenancy.provisioning import provision, register_many
from portal.tenancy.registry import REGISTRY_PATH, read_registry
from tests.tenancy.test_provisioning import snapshot

# Four kinds in three provinces, and the one Special Administrative Area kind (no suffix).
CODES = ["2810101", "6810104", "3500102", "4110103", "3200408"]

PAGE_FIELDS = [
    "title", "draft_title", "slug", "url_path", "depth", "numchild", "live", "has_unpublished_changes",
    "show_in_menus", "seo_title", "search_description", "owner_id", "locked", "expired", "alias_of_id",
    "content_type_id", "go_live_at", "expire_at", "locked_by_id",
]


@pytest.fixture
def registered(central_site):
    wanted = set(CODES)
    rows = [r for r in read_registry(REGISTRY_PATH) if r.dla_code in wanted]
    assert len(rows) == len(CODES)
    register_many(rows)
    return lambda: list(Authority.objects.filter(dla_code__in=CODES).order_by("dla_code"))


def describe(authority):
    """Everything provisioning gave one LAO, without database ids, paths or timestamps."""
    authority.refresh_from_db()
    th_home = authority.home_page.specific
    pages = {}
    for page in HomePage.objects.filter(translation_key=th_home.translation_key).order_by("locale__language_code"):
        lang = page.locale.language_code
        live = page.live_revision.as_object()
        pages[lang] = {
            **{f: getattr(page, f) for f in PAGE_FIELDS},
            "intro": page.intro,
            "body": list(page.body.raw_data),
            "first_published": page.first_published_at is not None,
            "revision_is_live": page.latest_revision_id == page.live_revision_id,
            "live_revision": (live.title, live.slug, live.intro),
            "log": sorted(
                (e.action, e.label, e.content_changed, _without_ids(e.data))
                for e in PageLogEntry.objects.filter(page=page)
            ),
            "search": list(IndexEntry.objects.filter(object_id=str(page.pk)).values_list(
                "content_type__model", "title", "autocomplete", "body")),
            "references": list(ReferenceIndex.get_references_for_object(page).values_list(
                "model_path", "content_path", "to_content_type__model").order_by("content_path")),
            "group_permissions": sorted(
                GroupPagePermission.objects.filter(page=page).values_list("group__name", "permission__codename")
            ),
        }
    source = TranslationSource.objects.get(object_id=th_home.translation_key)
    translation = Translation.objects.get(source=source)
    localize = {
        "source": (source.locale.language_code, source.specific_content_type.model, source.object_repr,
                   source.schema_version),
        "translation": (translation.target_locale.language_code, translation.enabled,
                        translation.get_progress()),
        "segments": sorted(StringSegment.objects.filter(source=source).values_list(
            "context__path", "context__field_path", "order", "string__data", "attrs", "string__locale__language_code")),
        "strings": sorted(StringTranslation.objects.filter(context__object_id=source.object_id).values_list(
            "context__path", "data", "locale__language_code", "translation_type", "tool_name", "has_error")),
        "target": translation.get_target_instance().slug,
        "logs": list(TranslationLog.objects.filter(source=source).values_list(
            "locale__language_code", "revision__object_str")),
    }
    site = authority.site
    groups = {}
    for group in Group.objects.filter(name__startswith=authority.dla_code).order_by("name"):
        groups[group.name] = {
            "global": sorted(group.permissions.values_list("content_type__app_label", "codename")),
            "collections": sorted(GroupCollectionPermission.objects.filter(group=group).values_list(
                "collection__name", "permission__codename")),
            "sites": sorted(GroupSitePermission.objects.filter(group=group).values_list(
                "site__hostname", "permission__codename")),
        }
    return {
        "pages": pages,
        "localize": localize,
        "site": (site.hostname, site.port, site.site_name, site.root_page_id == th_home.pk, site.is_default_site),
        "collection": (authority.collection.name, authority.collection.depth, authority.collection.numchild),
        "groups": groups,
        "branding": AuthorityBranding.objects.filter(site=site).count(),
        "provisioned": authority.provisioned_at is not None,
    }


def _without_ids(data):
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    return data


def describe_all():
    return {a.dla_code: describe(a) for a in Authority.objects.filter(dla_code__in=CODES).order_by("dla_code")}


def tree_is_sound():
    for model in (Page, Collection):
        problems = model.find_problems()
        assert all(not p for p in problems), (model, problems)


@pytest.mark.django_db
def test_bulk_path_gives_each_lao_what_provision_gives_it(registered, django_capture_on_commit_callbacks):
    with transaction.atomic():
        with django_capture_on_commit_callbacks(execute=True):
            for authority in registered():
                provision(authority)
        one_by_one = describe_all()
        transaction.set_rollback(True)

    with django_capture_on_commit_callbacks(execute=True):
        assert provision_many(registered()) == len(CODES)
    in_bulk = describe_all()
    assert in_bulk == one_by_one, list(_diff(in_bulk, one_by_one))
    assert sorted(HomePage.objects.filter(depth=2).values_list("slug", flat=True)) == sorted(
        [a.slug for a in registered()] + [f"{a.slug}-1" for a in registered()] + []
    )
    tree_is_sound()


@pytest.mark.django_db
def test_english_home_opens_in_the_translation_editor(registered, admin_client):
    provision_many(registered())
    authority = Authority.objects.get(dla_code="6810104")
    english = authority.home_page.get_translations().get().specific
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    # wagtail-localize can update it from its source, as after an editor's change in Thai.
    source = TranslationSource.objects.get(object_id=english.translation_key)
    source.update_from_db()
    page, created = source.create_or_update_translation(english.locale, fallback=True)
    assert not created and page.pk == english.pk and page.title == english.title


@pytest.mark.django_db
def test_bulk_provisioning_is_idempotent(registered):
    assert provision_many(registered()) == len(CODES)
    before = snapshot()
    assert provision_many(registered()) == 0
    assert snapshot() == before


@pytest.mark.django_db
def test_later_pages_and_collections_go_after_the_bulk_ones(registered, make_authority):
    provision_many(registered())
    bulk_paths = list(Page.objects.filter(depth=2).values_list("path", flat=True))
    bulk_collections = list(Collection.objects.filter(depth=2).values_list("path", flat=True))
    later = make_authority("6810105")
    assert later.home_page.path > max(bulk_paths)
    assert later.collection.path > max(bulk_collections)
    tree_is_sound()


@pytest.mark.django_db
def test_a_half_provisioned_lao_is_completed_one_by_one(registered):
    authority = Authority.objects.get(dla_code="6810104")
    Group.objects.create(name=authority.group_name("editors"))  # what an interrupted run might leave
    fresh, others = batch.split_fresh(registered())
    assert [a.dla_code for a in others] == ["6810104"]
    provision_many(registered())
    assert Authority.objects.provisioned().count() == len(CODES)
    editors = Group.objects.get(name=authority.group_name("editors"))
    assert GroupPagePermission.objects.filter(group=editors).count() == 10


@pytest.mark.django_db
def test_a_broken_lao_is_named_and_the_others_are_provisioned(registered, monkeypatch):
    real = provisioning._english_title

    def english_title(authority):
        if authority.dla_code == "6810104":
            raise ValueError("no English name")
        return real(authority)

    monkeypatch.setattr(batch, "_english_title", english_title)
    monkeypatch.setattr(provisioning, "_english_title", english_title)
    with pytest.raises(ProvisioningFailed) as failed:
        provision_many(registered())
    assert "6810104 องค์การบริหารส่วนตำบลอ่าวนาง: no English name" in str(failed.value)
    broken = Authority.objects.get(dla_code="6810104")
    assert broken.site_id is None and broken.home_page_id is None
    assert not HomePage.objects.filter(slug__startswith=broken.slug).exists()
    assert not Group.objects.filter(name__startswith=broken.dla_code).exists()
    assert not Site.objects.filter(hostname__startswith=broken.slug).exists()
    assert Authority.objects.provisioned().count() == len(CODES) - 1
    tree_is_sound()

    monkeypatch.undo()
    assert provision_many(registered()) == 1
    assert Authority.objects.provisioned().count() == len(CODES)


def _diff(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            yield from _diff(a.get(k), b.get(k), f"{path}.{k}")
    elif a != b:
        yield f"{path}: {a!r} != {b!r}"


@pytest.mark.django_db
def test_import_command_names_a_broken_lao(central_site, tmp_path, monkeypatch):
    from django.core.management import CommandError, call_command

    from tests.tenancy.test_provisioning import GOOD_ROWS, HEADER

    def english_title(authority):
        raise ValueError("no English name")

    monkeypatch.setattr(batch, "_english_title", english_title)
    monkeypatch.setattr(provisioning, "_english_title", english_title)
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    with pytest.raises(CommandError, match="2 LAO.*2810101 องค์การบริหารส่วนจังหวัดกระบี่: no English name"):
        call_command("import_authorities", str(path), "--no-progress")
    assert Authority.objects.provisioned().count() == 0
