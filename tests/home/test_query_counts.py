"""The cost of an LAO home page does not depend on how many LAOs the install hosts."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from portal.pages.models import StandardPage
from portal.tenancy.bulk import provision_many
from portal.tenancy.models import Authority
from portal.tenancy.provisioning import register_many
from portal.tenancy.registry import REGISTRY_PATH, read_registry
from tests.conftest import host_of

# Pinned: an LAO home page (Thai, with a menu of two pages) costs this many queries, warm and cold.
WARM_QUERIES = 14  # one for the consultations open now, one for the latest budget, one (on purpose) for
# the recent progress of the LAO's plan projects
COLD_QUERIES = 18  # at most: fewer when in-process locale caches are already warm


def count_queries(client, authority, path="/"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host_of(authority))
    assert response.status_code == 200
    return len(queries)


def measure(client, authority):
    cache.clear()
    cold = count_queries(client, authority)
    warm = count_queries(client, authority)
    english = count_queries(client, authority, "/en/")
    return cold, warm, english


@pytest.mark.django_db
def test_home_page_queries_are_the_same_with_3_and_300_laos(
    make_authority, lao_a, lao_b, client, django_capture_on_commit_callbacks
):
    make_authority("2810101")
    for slug in ("about", "take-part"):
        page = StandardPage(title=slug, slug=slug, show_in_menus=True)
        lao_a.home_page.add_child(instance=page)
        page.save_revision().publish()
    assert Authority.objects.provisioned().count() == 3

    with_3 = measure(client, lao_a)
    assert with_3[0] <= COLD_QUERIES and with_3[1] == WARM_QUERIES, with_3

    rows = [r for r in read_registry(REGISTRY_PATH) if r.province_code == "30"][:297]
    register_many(rows)
    with django_capture_on_commit_callbacks(execute=True):
        provision_many(Authority.objects.filter(dla_code__in=[r.dla_code for r in rows]))
    assert Authority.objects.provisioned().count() == 300

    with_300 = measure(client, lao_a)
    assert with_300 == with_3
