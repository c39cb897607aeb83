"""DLA staff list, search and provision LAOs in the Wagtail admin."""

from django.core.management import call_command
from django.urls import reverse

import pytest

from portal.tenancy.models import Authority
from tests.conftest import staff_login

LIST = "wagtailsnippets_tenancy_authority:list"


@pytest.fixture
def dla_admin(central_site, django_user_model, client):
    call_command("import_authorities", "portal/tenancy/data/dla_lao_registry.csv", "--register-only", "--no-progress")
    user = django_user_model.objects.create_superuser("dla", "dla@example.org", "pw-for-tests-1")
    staff_login(client, user)
    return client


@pytest.mark.django_db
def test_list_search_and_filter(dla_admin):
    page = dla_admin.get(reverse(LIST), {"q": "อ่าวนาง"})
    assert page.status_code == 200
    assert "องค์การบริหารส่วนตำบลอ่าวนาง" in page.content.decode()
    assert "เทศบาลนครเชียงใหม่" not in page.content.decode()

    by_code = dla_admin.get(reverse(LIST), {"q": "3500102"}).content.decode()
    assert "เทศบาลนครเชียงใหม่" in by_code

    filtered = dla_admin.get(reverse(LIST), {"kind": "city_municipality", "province": "50"}).content.decode()
    assert "เทศบาลนครเชียงใหม่" in filtered
    assert "องค์การบริหารส่วนตำบลอ่าวนาง" not in filtered


@pytest.mark.django_db
def test_provision_from_the_admin(dla_admin, django_capture_on_commit_callbacks):
    authority = Authority.objects.get(dla_code="6810104")
    url = reverse("tenancy_provision", args=[authority.pk])
    confirm = dla_admin.get(url)
    assert confirm.status_code == 200 and authority.full_name_th in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = dla_admin.post(url)
    assert response.status_code == 302
    authority.refresh_from_db()
    assert authority.site.hostname == "aonang-sao.ruamkhit.test"
    assert dla_admin.get("/", HTTP_HOST=authority.site.hostname).status_code == 200


@pytest.mark.django_db
def test_bulk_provision_action(dla_admin, django_capture_on_commit_callbacks):
    ids = list(Authority.objects.filter(dla_code__in=["2810101", "6810104"]).values_list("pk", flat=True))
    url = reverse("wagtail_bulk_action", args=["tenancy", "authority", "provision"])
    query = "&".join(f"id={pk}" for pk in ids)
    assert dla_admin.get(f"{url}?{query}").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = dla_admin.post(f"{url}?{query}")
    assert response.status_code == 302
    assert Authority.objects.provisioned().filter(pk__in=ids).count() == 2
