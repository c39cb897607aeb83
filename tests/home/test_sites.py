"""Each LAO hostname serves its own home page, in Thai at / and in English at /en/."""

import pytest
from bs4 import BeautifulSoup

from portal.pages.models import StandardPage
from tests.conftest import host_of


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_each_lao_host_serves_its_own_thai_home(lao_a, lao_b, client):
    for lao in (lao_a, lao_b):
        page = soup(client.get("/", HTTP_HOST=host_of(lao)))
        assert page.html["lang"] == "th"
        assert page.h1.get_text(strip=True) == lao.full_name_th
        assert lao.full_name_th in page.find(class_="site-brand").get_text()
    a = soup(client.get("/", HTTP_HOST=host_of(lao_a)))
    assert lao_b.full_name_th not in a.get_text()


@pytest.mark.django_db
def test_english_translation_at_en(lao_a, client):
    page = soup(client.get("/en/", HTTP_HOST=host_of(lao_a)))
    assert page.html["lang"] == "en"
    assert page.h1.get_text(strip=True) == "Ao Nang Subdistrict Administrative Organisation"
    switch = page.find("nav", class_="lang-switch")
    assert switch.find("a", lang="th")["href"] == "/"
    thai = soup(client.get("/", HTTP_HOST=host_of(lao_a)))
    assert thai.find("nav", class_="lang-switch").find("a", lang="en")["href"] == "/en/"


@pytest.mark.django_db
def test_child_pages_resolve_on_their_own_site_only(lao_a, lao_b, client):
    page = StandardPage(title="เกี่ยวกับเรา", slug="about")
    lao_a.home_page.add_child(instance=page)
    page.save_revision().publish()
    assert client.get("/about/", HTTP_HOST=host_of(lao_a)).status_code == 200
    assert client.get("/about/", HTTP_HOST=host_of(lao_b)).status_code == 404
    assert page.url == "http://ao-nang-sao.ruamkhit.test/about/"


@pytest.mark.django_db
def test_own_domain_serves_the_same_lao(lao_a, client):
    from wagtail.models import Site

    Site.objects.create(hostname="www.aonang.go.th", port=80, root_page=lao_a.home_page)
    page = soup(client.get("/", HTTP_HOST="www.aonang.go.th"))
    assert page.h1.get_text(strip=True) == lao_a.full_name_th
    assert lao_a.full_name_th in page.find(class_="site-brand").get_text()


@pytest.mark.django_db
def test_site_root_paths_follow_hostname_changes(lao_a):
    home = lao_a.home_page.specific
    assert home.full_url == "http://ao-nang-sao.ruamkhit.test/"
    site = lao_a.site
    site.hostname = "aonang.ruamkhit.test"
    site.save()
    home = type(home).objects.get(pk=home.pk)
    assert home.full_url == "http://aonang.ruamkhit.test/"


@pytest.mark.django_db
def test_links_to_another_lao_are_absolute(lao_a, lao_b, rf):
    request = rf.get("/", HTTP_HOST=host_of(lao_a))
    assert lao_a.home_page.specific.get_url(request) == "/"
    assert lao_b.home_page.specific.get_url(request) == "http://chiang-mai-city.ruamkhit.test/"
