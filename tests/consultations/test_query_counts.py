"""The cost of a consultation page does not depend on its blocks' content."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from polls.models import PollAnswer
from portal.identity.models import StandingKind
from tests.conftest import host_of

from .conftest import ALL_BLOCKS

# Pinned: a consultation page with every participation block, warm cache.
ANONYMOUS_QUERIES = 18  # with the published ideas (count, page), villages and categories to filter by,
# the comments, and the split of ideas into online and onsite-forum ones (one aggregate, on purpose)
SIGNED_IN_QUERIES = 27  # session, user, permissions (userbar), consent, standing, answers, counts,
# ideas already sent, the LAO, its villages and the categories for the idea form, the online/onsite split


IDEA_PAGE_QUERIES = 19  # an idea page, signed out, with its photos, supports, comments and ballot projects,
# and (on purpose) the LAO's triage decision and the plan projects that take the idea up


def _many_blocks():
    body = []
    for copy in range(3):
        for block in ALL_BLOCKS:
            block = dict(block)
            if block["type"] == "poll":
                block["id"] = f"poll-{copy}"
                block["value"] = {**block["value"], "choices": [f"ตัวเลือก {i}" for i in range(8)]}
            body.append(block)
    body.append({"type": "paragraph", "value": "<p>" + "ถนนชำรุด " * 300 + "</p>"})
    return body


def count(client, page, authority):
    client.get(page.url, HTTP_HOST=host_of(authority))  # warm the cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url, HTTP_HOST=host_of(authority))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_consultation_queries_do_not_depend_on_blocks(lao_a, make_consultation, client, citizen,
                                                      make_standing, today):
    cache.clear()
    small = make_consultation(lao_a, "ideas", slug="small")
    large = make_consultation(lao_a, "ideas", slug="large", body=_many_blocks())
    anonymous = (count(client, small, lao_a), count(client, large, lao_a))
    assert anonymous == (ANONYMOUS_QUERIES, ANONYMOUS_QUERIES), anonymous

    make_standing(citizen, lao_a, StandingKind.LOCAL)
    client.force_login(citizen)
    answered = [(small, "poll-1")] + [(large, f"poll-{i}") for i in range(3)]
    for page, block_id in answered:  # answered polls show their results: one query for all counts
        PollAnswer.objects.create(authority=lao_a, consultation_key=page.translation_key,
                                  block_id=block_id, user=citizen, choice=1, choice_label="x")
    signed_in = (count(client, small, lao_a), count(client, large, lao_a))
    assert signed_in == (SIGNED_IN_QUERIES, SIGNED_IN_QUERIES), signed_in


@pytest.mark.django_db
def test_idea_page_queries_do_not_depend_on_the_number_of_comments(lao_a, make_consultation, client, citizen,
                                                                   today):
    from ideas.comments import post_comment
    from ideas.models import Idea, IdeaState

    page = make_consultation(lao_a, "ideas", comments_premoderated=False, audience_comment="signed_in")
    idea = Idea.objects.create(authority=lao_a, consultation_key=page.translation_key, title="ทางเท้า",
                               description="x", standing="local", state=IdeaState.PUBLISHED)
    url = page.url + page.reverse_subpage("idea", args=[idea.pk])

    def count():
        client.get(url, HTTP_HOST=host_of(lao_a))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, HTTP_HOST=host_of(lao_a)).status_code == 200
        return len(queries)

    post_comment(page=page, target=idea, user=citizen, text="ความเห็นแรก", parent_id=None, followup=False,
                 standing="local")
    few = count()
    for i in range(299):
        post_comment(page=page, target=idea, user=citizen, text=f"ความเห็นที่ {i}", parent_id=None,
                     followup=False, standing="local")
    assert count() == few == IDEA_PAGE_QUERIES
