"""The ballot and results blocks cost the same number of queries whatever the number of projects."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from ballots.models import BallotProject, CastBallot
from tests.conftest import host_of

VOTING_SIGNED_IN = 22  # signed in, voting open: the ballot, its projects with their ideas and photos, "voted?"
RESULTS_ANONYMOUS = 15  # a counted ballot's results block: the ballot, its projects (villages), their ideas and photos


def count(client, page, authority):
    client.get(page.url, HTTP_HOST=host_of(authority))  # warm the cache (and count the ballots)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url, HTTP_HOST=host_of(authority))
    assert response.status_code == 200
    return len(queries)


def add_projects(ballot, n):
    for i in range(n):
        BallotProject.objects.create(ballot=ballot, title=f"โครงการ {i}", description="-", cost=1000 + i)


@pytest.mark.django_db
def test_voting_page_queries_do_not_depend_on_projects(client, lao_a, voting_page, ballot, make_voter):
    cache.clear()
    client.force_login(make_voter("somsri"))
    few = count(client, voting_page, lao_a)
    add_projects(ballot, 40)
    assert (few, count(client, voting_page, lao_a)) == (VOTING_SIGNED_IN, VOTING_SIGNED_IN)


@pytest.mark.django_db
def test_results_queries_do_not_depend_on_projects(client, lao_a, make_consultation, today, ballot):
    from ballots.models import Ballot

    from .conftest import BALLOT_BLOCKS

    cache.clear()
    page = make_consultation(lao_a, "closed", slug="closed", body=BALLOT_BLOCKS)
    closed = Ballot.objects.create(authority=lao_a, consultation_key=page.translation_key, budget=100_000)
    add_projects(closed, 3)
    ids = list(closed.projects.values_list("pk", flat=True))
    CastBallot.objects.bulk_create([CastBallot(ballot=closed, projects=ids[: 1 + i % 3], standing="local",
                                               voter_key=f"k{i}") for i in range(30)])
    few = count(client, page, lao_a)
    closed.result_status = ""
    closed.save()
    add_projects(closed, 40)
    assert (few, count(client, page, lao_a)) == (RESULTS_ANONYMOUS, RESULTS_ANONYMOUS)
