"""The PostgreSQL backend's capped count counts matches, however the query is matched."""

from django.db import connection

import pytest
from modelsearch.backends import get_search_backend

from search.models import SearchableIdea

from .conftest import make_consultation, make_idea

pytestmark = pytest.mark.django_db


@pytest.fixture
def ideas(lao_a):
    consultation = make_consultation(lao_a)
    for n in range(4):
        make_idea(lao_a, consultation, f"Road repair {n}", "potholes")
    for n in range(3):
        make_idea(lao_a, consultation, f"Water pipe {n}", "leaks")


@pytest.mark.parametrize("fields", [None, ["title"]])  # the GIN index, then modelsearch's own matching
def test_the_count_stops_at_the_cap_and_counts_matches_only(ideas, fields):
    if connection.vendor != "postgresql":
        pytest.skip("capped_count is the PostgreSQL backend's")
    backend = get_search_backend()
    results = backend.search("road", SearchableIdea.objects.all(), fields=fields, order_by_relevance=False)
    assert results.query_compiler.capped_count(backend, 10) == 4
    assert results.query_compiler.capped_count(backend, 3) == 3
