"""The search page: results with their type, date (BE) and highlighted words, pages of ten, and a
helpful page for an empty or meaningless query, whatever is typed or linked."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from tests.conftest import host_of

from .conftest import make_comment, make_consultation, make_idea

# Pinned: an LAO's search page with pages, ideas and comments among its results (session and
# user, the LAO, locales, private sections, tree, per kind a count and a page of results, the
# specific pages, the consultations of ideas and comments, the ideas commented on).
SEARCH_PAGE_QUERIES = 14


def get(client, authority, **params):
    response = client.get("/search/", params, HTTP_HOST=host_of(authority))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def road_ideas(lao_a):
    consultation = make_consultation(lao_a)
    published = timezone.make_aware(datetime.datetime(2025, 3, 1, 10, 0))
    ideas = [
        make_idea(lao_a, consultation, f"ถนนลูกรังหมู่ {n} เป็นหลุมบ่อ", "ขอลงหินคลุกก่อนหน้าฝน")
        for n in range(1, 26)
    ]
    from ideas.models import Idea

    Idea.objects.filter(pk__in=[i.pk for i in ideas]).update(published_at=published)
    return consultation, ideas


@pytest.mark.django_db
def test_results_show_type_date_and_highlighted_words(client, lao_a, road_ideas):
    consultation, ideas = road_ideas
    make_comment(consultation, consultation, "ถนนลูกรังหน้าบ้านผมก็เป็นหลุม")
    html = get(client, lao_a, q="ถนนลูกรัง")
    assert "<mark>ถนนลูกรัง</mark>" in html  # adjacent words are marked as one run
    assert "26 รายการ" in html
    assert ">1 มีนาคม 2568</time>" in html  # published 1 March 2025: the Buddhist Era, Thai month
    assert 'class="badge"' in html
    assert html.count('class="search-result ') == 10
    assert 'href="/plan/ideas/' in html  # on its own site, a relative link


@pytest.mark.django_db
def test_results_come_in_pages_of_ten(client, lao_a, road_ideas):
    page_3 = get(client, lao_a, q="หลุมบ่อ", page="3")
    assert page_3.count('class="search-result ') == 5
    assert 'rel="prev"' in page_3 and 'rel="next"' not in page_3
    seen = set()
    for number in (1, 2, 3):
        html = get(client, lao_a, q="หลุมบ่อ", page=str(number))
        seen |= {line for line in html.splitlines() if 'class="search-result__title"' in line}
    assert len(seen) == 25  # every idea once, none twice
    assert get(client, lao_a, q="หลุมบ่อ", page="99").count('class="search-result ') == 5  # the last page


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "   ", "!!! ???", "&|!:*()'\\", "😀😀", "<script>alert(1)</script>"])
def test_an_empty_or_meaningless_query_gets_a_helpful_page(client, lao_a, query):
    html = get(client, lao_a, q=query)
    assert 'href="?q=%E0%B8%96%E0%B8%99%E0%B8%99"' in html  # an example to try: ถนน
    assert "<script>alert(1)" not in html
    assert "search-result " not in html


@pytest.mark.django_db
def test_nothing_found_suggests_what_to_do(client, lao_a, road_ideas):
    html = get(client, lao_a, q="เรือดำน้ำ", type="ideas")
    assert 'role="status"' in html
    assert "?q=%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B8%AD" in html  # search again without the filter
    assert "ruamkhit.test/search/?q=" in html  # and on the central site, across every LAO


@pytest.mark.django_db
@pytest.mark.parametrize("params", [
    {"type": "everything-else"}, {"page": "abc"}, {"page": "-4"}, {"province": "xyz"}, {"kind": "castle"},
    {"q": "ถนน" * 300},
])
def test_odd_parameters_never_break_the_page(client, lao_a, central_site, road_ideas, params):
    params = {"q": "ถนน", **params}
    assert "search-result" in get(client, lao_a, **params)
    response = client.get("/search/", params, HTTP_HOST="ruamkhit.test")
    assert response.status_code == 200


@pytest.mark.django_db
def test_several_words_find_results_with_some_of_them_when_none_has_all(client, lao_a, road_ideas):
    html = get(client, lao_a, q="หลุมบ่อ ไดโนเสาร์")
    assert html.count('class="search-result ') == 10
    assert "notice notice--info" in html


@pytest.mark.django_db
def test_the_search_page_costs_no_more_with_many_results(client, lao_a):
    from portal.pages.models import StandardPage

    from .conftest import publish

    consultation = make_consultation(lao_a)
    home = lao_a.home_page.specific

    def add(count, start):
        for n in range(start, start + count):
            idea = make_idea(lao_a, consultation, f"หลุมบ่อหน้าบ้านเลขที่ {n}", "ถนนลูกรัง")
            make_comment(consultation, idea, f"หลุมบ่อนี้ลึกมาก {n}")
            publish(home, StandardPage(title=f"ประกาศซ่อมหลุมบ่อ {n}", slug=f"notice-{n}"))

    def count():
        get(client, lao_a, q="หลุมบ่อ")  # warm caches
        with CaptureQueriesContext(connection) as queries:
            html = get(client, lao_a, q="หลุมบ่อ")
        return len(queries), html

    add(1, 0)
    few, html = count()
    assert html.count('class="search-result ') == 3  # an idea, a comment on it, a page
    add(20, 1)
    many, html = count()
    assert html.count('class="search-result ') == 10
    add(20, 21)
    more, html = count()
    # A kind with a full page of results costs one more query (its count); more results, none.
    assert few <= many == more <= SEARCH_PAGE_QUERIES, (few, many, more)
