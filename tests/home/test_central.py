"""The DLA's central site lists every LAO by province and kind, with search."""

from django.core.management import call_command

import pytest
from bs4 import BeautifulSoup

from portal.tenancy.models import Authority

CENTRAL = "ruamkhit.test"


def names(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [li.find(["a", "span"]).get_text(strip=True) for li in page.select(".directory__item")]


@pytest.mark.django_db
def test_central_site_lists_laos_and_links_online_ones(lao_a, lao_b, client):
    response = client.get("/", HTTP_HOST=CENTRAL)
    listed = names(response)
    assert lao_a.full_name_th in listed and lao_b.full_name_th in listed
    page = BeautifulSoup(response.content, "html.parser")
    link = page.find("a", string=lao_a.full_name_th)
    assert link["href"] == "http://ao-nang-sao.ruamkhit.test/"
    assert "จังหวัดกระบี่" in page.get_text()


@pytest.fixture
def registry(central_site):
    call_command("import_authorities", "portal/tenancy/data/dla_lao_registry.csv", "--register-only", "--no-progress")


@pytest.mark.django_db
def test_search_by_name_province_and_kind(registry, client):
    listed = names(client.get("/", {"q": "อ่าวนาง"}, HTTP_HOST=CENTRAL))
    assert listed == ["องค์การบริหารส่วนตำบลอ่าวนาง"]

    krabi_saos = Authority.objects.filter(province_id="81", kind="subdistrict_admin_org").count()
    response = client.get("/", {"province": "81", "kind": "subdistrict_admin_org"}, HTTP_HOST=CENTRAL)
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(class_="directory__count").get_text(strip=True).startswith(str(krabi_saos))
    assert all(n.startswith("องค์การบริหารส่วนตำบล") for n in names(response))

    response = client.get("/", {"q": "Krabi"}, HTTP_HOST=CENTRAL)
    page = BeautifulSoup(response.content, "html.parser")
    in_krabi = Authority.objects.filter(province_id="81").count()
    assert page.find(class_="directory__count").get_text(strip=True).startswith(str(in_krabi))
    assert {h.get_text(strip=True) for h in page.select(".directory__province")} == {"จังหวัดกระบี่"}


@pytest.mark.django_db
def test_directory_paginates_and_survives_junk_input(registry, client):
    first = names(client.get("/", HTTP_HOST=CENTRAL))
    second = names(client.get("/", {"page": "2"}, HTTP_HOST=CENTRAL))
    assert len(first) == 50 and first != second
    for junk in ({"page": "zzz"}, {"page": "99999"}, {"province": "xx"}, {"kind": "<script>"}, {"q": "' OR 1=1"}):
        assert client.get("/", junk, HTTP_HOST=CENTRAL).status_code == 200
    nothing = client.get("/", {"q": "ไม่มีชื่อนี้แน่นอน"}, HTTP_HOST=CENTRAL)
    assert names(nothing) == []
    assert "No local authority matches" in nothing.content.decode() or "ไม่พบ" in nothing.content.decode()


@pytest.mark.django_db
def test_unknown_host_falls_back_to_the_central_site(lao_a, client):
    response = client.get("/", HTTP_HOST="unknown.example.org")
    assert response.status_code == 200
    assert lao_a.full_name_th in names(response)


@pytest.mark.django_db
def test_central_site_in_english(lao_a, client):
    response = client.get("/en/", HTTP_HOST=CENTRAL)
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "en"
    assert page.h1.get_text(strip=True).startswith("Ruamkhit")
    link = page.find("a", string="Ao Nang Subdistrict Administrative Organisation")
    assert link["href"] == "http://ao-nang-sao.ruamkhit.test/en/"
    assert "Krabi Province" in page.get_text()
