"""Provisioning is idempotent and creates exactly one of everything an LAO needs."""

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

import pytest

from home.models import HomePage
from portal.tenancy.models import Authority, AuthorityBranding
from portal.tenancy.provisioning import provision
from tests.conftest import AO_NANG_SAO, KRABI_PAO


def snapshot():
    return {
        "sites": Site.objects.count(),
        "pages": Page.objects.count(),
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "page_perms": GroupPagePermission.objects.count(),
        "collection_perms": GroupCollectionPermission.objects.count(),
        "branding": AuthorityBranding.objects.count(),
    }


@pytest.mark.django_db
def test_provisioning_twice_yields_one_site_tree_and_group_set(make_authority):
    authority = make_authority(KRABI_PAO)
    first = snapshot()
    result = provision(authority)
    assert result.created == []
    assert snapshot() == first

    assert Site.objects.filter(root_page=authority.home_page).count() == 1
    assert authority.site.hostname == "krabi-pao.ruamkhit.test"
    homes = HomePage.objects.filter(translation_key=authority.home_page.translation_key)
    assert sorted(h.locale.language_code for h in homes) == ["en", "th"]
    assert homes.get(locale__language_code="th").title == "องค์การบริหารส่วนจังหวัดกระบี่"
    assert homes.get(locale__language_code="en").title == "Krabi Provincial Administrative Organisation"
    assert sorted(Group.objects.filter(name__startswith=KRABI_PAO).values_list("name", flat=True)) == [
        f"{KRABI_PAO} approvers", f"{KRABI_PAO} editors", f"{KRABI_PAO} moderators", f"{KRABI_PAO} officers",
    ]
    assert Collection.objects.filter(name__startswith=KRABI_PAO).count() == 1


@pytest.mark.django_db
def test_groups_get_permissions_on_their_own_tree_and_collection_only(make_authority):
    a = make_authority(KRABI_PAO)
    b = make_authority(AO_NANG_SAO)
    editors = Group.objects.get(name=a.group_name("editors"))
    pages = set(GroupPagePermission.objects.filter(group=editors).values_list("page_id", flat=True))
    english_home = a.home_page.get_translations().get()
    assert pages == {a.home_page_id, english_home.id}
    codenames = set(
        GroupPagePermission.objects.filter(group=editors).values_list("permission__codename", flat=True)
    )
    # Editors write and submit; only approvers publish (through the approval workflow).
    assert {"add_page", "change_page"} <= codenames and "publish_page" not in codenames
    approvers = Group.objects.get(name=a.group_name("approvers"))
    assert "publish_page" in set(
        GroupPagePermission.objects.filter(group=approvers).values_list("permission__codename", flat=True)
    )
    collections = set(GroupCollectionPermission.objects.filter(group=editors).values_list("collection_id", flat=True))
    assert collections == {a.collection_id}
    assert b.home_page_id not in pages and b.collection_id not in collections


@pytest.mark.django_db
def test_provision_command_is_idempotent_and_reports(central_site, capsys):
    call_command("provision_authority", KRABI_PAO)
    out = capsys.readouterr().out
    assert "created" in out and "krabi-pao.ruamkhit.test" in out
    before = snapshot()
    call_command("provision_authority", KRABI_PAO)
    assert "already provisioned" in capsys.readouterr().out
    assert snapshot() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    "code, message",
    [
        ("123", "is not 7 digits"),
        ("28101O1", "is not 7 digits"),
        ("9999999", "not in the DLA registry"),
    ],
)
def test_provision_command_rejects_bad_codes_and_changes_nothing(central_site, code, message):
    before = snapshot()
    with pytest.raises(CommandError, match=message):
        call_command("provision_authority", code)
    assert snapshot() == before
    assert not Authority.objects.exists()


HEADER = "dla_code,name_th,kind,province_code,district_name_th,lat,lon,area_km2\n"
GOOD_ROWS = (
    "2810101,กระบี่,provincial_admin_org,81,เมืองกระบี่,8.047238349,98.90891647,0.07\n"
    "6810104,อ่าวนาง,subdistrict_admin_org,81,เมืองกระบี่,8.051089768,98.80305961,126\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad_row, message",
    [
        ("281010,ผิด,subdistrict_admin_org,81,เมืองกระบี่,,,\n", "line 4: DLA code '281010' is not 7 digits"),
        ("6810199,ทดสอบ,village,81,เมืองกระบี่,,,\n", "line 4 (6810199): unknown kind 'village'"),
        ("6810199,ทดสอบ,subdistrict_admin_org,99,เมืองกระบี่,,,\n", "line 4 (6810199): unknown province code '99'"),
        ("6810199,,subdistrict_admin_org,81,เมืองกระบี่,,,\n", "line 4 (6810199): the Thai name is missing"),
        ("6810199,ทดสอบ,subdistrict_admin_org,81,เมืองกระบี่,north,,\n", "line 4: latitude 'north' is not a number"),
        ("6810104,อ่าวนาง,subdistrict_admin_org,81,เมืองกระบี่,,,\n", "line 4: DLA code 6810104 already appears on line 3"),
    ],
)
def test_import_stops_at_a_broken_row_naming_it_and_writes_nothing(central_site, tmp_path, bad_row, message):
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + GOOD_ROWS + bad_row, encoding="utf-8")
    before = snapshot()
    with pytest.raises(CommandError) as error:
        call_command("import_authorities", str(path), "--no-progress")
    assert message in str(error.value)
    assert "Nothing was imported" in str(error.value)
    assert not Authority.objects.exists()
    assert snapshot() == before


@pytest.mark.django_db
def test_import_rejects_a_file_without_the_registry_columns(central_site, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("code,name\n1,x\n", encoding="utf-8")
    with pytest.raises(CommandError, match="missing column"):
        call_command("import_authorities", str(path), "--no-progress")


@pytest.mark.django_db
def test_import_provisions_every_row_and_is_idempotent(central_site, tmp_path):
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    call_command("import_authorities", str(path), "--no-progress")
    assert Authority.objects.provisioned().count() == 2
    before = snapshot()
    call_command("import_authorities", str(path), "--no-progress")
    assert snapshot() == before


@pytest.mark.django_db
def test_register_only_lists_laos_without_sites(central_site, tmp_path):
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    call_command("import_authorities", str(path), "--register-only", "--no-progress")
    assert Authority.objects.count() == 2
    assert Authority.objects.provisioned().count() == 0
    assert Site.objects.count() == 1  # the central site only


@pytest.mark.django_db
def test_shipped_registry_has_every_lao_with_unique_slugs(central_site):
    call_command("import_authorities", "portal/tenancy/data/dla_lao_registry.csv", "--register-only", "--no-progress")
    assert Authority.objects.count() == 7849
    slugs = list(Authority.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == len(slugs)
    assert all(len(s) <= 63 and s.isascii() for s in slugs)
