"""What a problem brief and a budget summary cost in queries: pinned, and not growing with lines."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from portal.pages.demo import create_demo_problem_brief
from tests.conftest import host_of

# Pinned, warm (second request), in Thai. Of a budget summary's queries, its own are its lines
# and the look-up of last year's summary; when that exists, its lines cost one more.
# The brief's related consultations cost nothing until consultations.ConsultationPage exists;
# then one query more (see consultations.models.consultation.consultations_addressing).
BRIEF_QUERIES = 14  # with the consultations addressing the brief (and their specific pages)
BUDGET_QUERIES = 13
BUDGET_WITH_PREVIOUS_QUERIES = 14

GROUPS = ["ยุทธศาสตร์ที่ 1", "ยุทธศาสตร์ที่ 2", "ยุทธศาสตร์ที่ 3", "ยุทธศาสตร์ที่ 4", "ยุทธศาสตร์ที่ 5"]


def lines(count):
    return [(GROUPS[index % len(GROUPS)], f"รายการที่ {index + 1}", 100_000 + index) for index in range(count)]


def warm_count(client, authority, page):
    cache.clear()
    host = host_of(authority)
    assert client.get(page.url, HTTP_HOST=host).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url, HTTP_HOST=host)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_budget_summary_costs_the_same_with_3_and_60_lines(lao_a, make_budget, client, django_assert_num_queries):
    small = make_budget(2569, lines(3), slug="small")
    large = make_budget(2571, lines(60), slug="large")
    assert large.budget_lines.count() == 60

    assert warm_count(client, lao_a, small) == warm_count(client, lao_a, large) == BUDGET_QUERIES
    with django_assert_num_queries(BUDGET_QUERIES):
        client.get(large.url, HTTP_HOST=host_of(lao_a))


@pytest.mark.django_db
def test_budget_summary_with_previous_year_costs_the_same_with_3_and_60_lines(lao_a, make_budget, client):
    make_budget(2569, lines(60))
    small = make_budget(2570, lines(3))
    make_budget(2571, lines(3), slug="budget-2571-previous")
    large = make_budget(2572, lines(60))
    # 2572's previous year is 2571 with 3 lines; 2570's is 2569 with 60.
    assert warm_count(client, lao_a, small) == warm_count(client, lao_a, large) == BUDGET_WITH_PREVIOUS_QUERIES


@pytest.mark.django_db
def test_problem_brief_queries_are_pinned(
    lao_a, villages_a, client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # with its English translation
        brief = create_demo_problem_brief(lao_a)
    assert brief.get_translations().exists()
    assert warm_count(client, lao_a, brief) == BRIEF_QUERIES
    with django_assert_num_queries(BRIEF_QUERIES):
        client.get(brief.url, HTTP_HOST=host_of(lao_a))
