"""The taxonomy of what an LAO may do, loaded by a data migration, in Thai and English."""

import csv
from pathlib import Path

from django.urls import reverse
from django.utils import translation

import pytest

from portal.snippets.models import AuthorityFunction
from tests.conftest import staff_login

DATA = Path(__file__).resolve().parents[2] / "portal" / "snippets" / "data" / "authority_functions.csv"


@pytest.mark.django_db
def test_migration_loads_every_function():
    rows = list(csv.DictReader(open(DATA, encoding="utf-8")))
    assert len(rows) == 27  # 26 practical groupings of the 31 functions of s.16, and "outside"
    assert AuthorityFunction.objects.count() == len(rows)
    assert AuthorityFunction.objects.filter(within_lao_authority=True).count() == 26
    for function in AuthorityFunction.objects.all():
        assert function.name_th and function.name_en and function.legal_reference


@pytest.mark.django_db
def test_thai_and_english_names_and_the_referral_entry():
    roads = AuthorityFunction.objects.get(code="roads-waterways-drainage")
    assert roads.name_th == "ถนน ทางน้ำ และทางระบายน้ำ"
    assert roads.name_en == "Roads, waterways and drainage"
    assert "ม.16" in roads.legal_reference
    outside = AuthorityFunction.objects.get(within_lao_authority=False)
    assert outside.name_th == "นอกอำนาจหน้าที่ของ อปท. (ส่งต่อ ONE PLAN / หน่วยงานอื่น)"
    assert outside.name_en == "Outside the LAO's authority (refer to ONE PLAN or the agency in charge)"
    assert list(AuthorityFunction.objects.all())[-1] == outside  # listed last


@pytest.mark.django_db
def test_str_follows_the_active_language():
    welfare = AuthorityFunction.objects.get(code="social-welfare")
    with translation.override("th"):
        assert str(welfare) == "สวัสดิการสังคม เด็ก สตรี ผู้สูงอายุ และผู้ด้อยโอกาส"
    with translation.override("en"):
        assert str(welfare) == "Welfare for children, women, the elderly and the disadvantaged"


@pytest.mark.django_db
def test_only_dla_staff_edit_the_taxonomy_everyone_in_the_admin_sees_it(client, dla_staff, lao_a, make_member):
    roads = AuthorityFunction.objects.get(code="roads-waterways-drainage")
    index = reverse("wagtailsnippets_snippets_authorityfunction:list")
    edit = reverse("wagtailsnippets_snippets_authorityfunction:edit", args=[roads.pk])

    staff_login(client, dla_staff)
    assert client.get(edit).status_code == 200

    for role in ("editors", "moderators", "officers"):
        client.logout()
        staff_login(client, make_member(lao_a, role))
        listing = client.get(index)
        assert listing.status_code == 200
        assert "ถนน ทางน้ำ และทางระบายน้ำ" in listing.content.decode()
        assert client.get(edit).status_code == 403
        response = client.post(edit, {"code": "roads", "name_th": "x", "name_en": "x", "sort_order": 1})
        assert response.status_code == 403
    roads.refresh_from_db()
    assert roads.code == "roads-waterways-drainage"


@pytest.mark.django_db
def test_policy_names_who_may_view_and_who_may_change(lao_a, make_member, dla_staff):
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(AuthorityFunction)
    officer = make_member(lao_a, "officers")
    assert set(policy.users_with_any_permission(["change"])) == {dla_staff}
    assert officer in set(policy.users_with_any_permission(["view"]))
