"""A request's LAO comes from its Site; nothing else decides it."""

from wagtail.models import Site

import pytest

from portal.tenancy.current import authority_for_request
from tests.conftest import host_of


@pytest.mark.django_db
def test_each_host_gets_its_own_lao(lao_a, lao_b, rf):
    assert authority_for_request(rf.get("/", HTTP_HOST=host_of(lao_a))) == lao_a
    assert authority_for_request(rf.get("/en/", HTTP_HOST=host_of(lao_b))) == lao_b
    assert authority_for_request(rf.get("/", HTTP_HOST="ruamkhit.test")) is None


@pytest.mark.django_db
def test_own_domain_and_unknown_hosts(lao_a, rf):
    Site.objects.create(hostname="www.aonang.go.th", port=80, root_page=lao_a.home_page)
    assert authority_for_request(rf.get("/", HTTP_HOST="www.aonang.go.th")) == lao_a
    # An unknown host is served by the default (central) site, never by an LAO.
    assert authority_for_request(rf.get("/", HTTP_HOST="evil.example.org")) is None


@pytest.mark.django_db
def test_lookup_happens_once_per_request(lao_a, rf, django_assert_num_queries):
    request = rf.get("/", HTTP_HOST=host_of(lao_a))
    with django_assert_num_queries(2):  # the Site, then the Authority
        authority_for_request(request)
    with django_assert_num_queries(0):
        assert authority_for_request(request) == lao_a


@pytest.mark.django_db
def test_renaming_a_top_level_page_moves_its_urls(lao_a):
    from portal.pages.models import StandardPage

    page = StandardPage(title="ข่าว", slug="news")
    lao_a.home_page.add_child(instance=page)
    assert page.url == "http://ao-nang-sao.ruamkhit.test/news/"
    home = lao_a.home_page.specific
    home.slug = "aonang-home"
    home.save()
    page = StandardPage.objects.get(pk=page.pk)
    assert page.url_path.startswith("/aonang-home/")
    assert page.url == "http://ao-nang-sao.ruamkhit.test/news/"
