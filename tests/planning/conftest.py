"""Fixtures of the officers' planning tests: two LAOs, an officer of each, ideas of a consultation."""

import pytest

from ideas.models import Idea, IdeaState
from portal.snippets.models import AuthorityFunction
from portal.tenancy.models import Village
from tests.conftest import staff_login
from tests.consultations.conftest import (  # noqa: F401 (fixtures)
    ALL_BLOCKS,
    TIMELINES,
    TODAY,
    citizen,
    make_consultation,
    make_standing,
    today,
)


@pytest.fixture
def officer(lao_a, make_member, client):
    user = make_member(lao_a, "officers", "officer-a")
    staff_login(client, user)
    return user


@pytest.fixture
def villages(lao_a):
    return [Village.objects.create(authority=lao_a, number=n, name_th=name)
            for n, name in [(1, "บ้านอ่าวนาง"), (2, "บ้านคลองแห้ง"), (3, "บ้านนาหมาก")]]


@pytest.fixture
def roads():
    return AuthorityFunction.objects.filter(within_lao_authority=True).order_by("sort_order").first()


@pytest.fixture
def outside():
    return AuthorityFunction.objects.get(within_lao_authority=False)


@pytest.fixture
def page_a(lao_a, make_consultation, today):  # noqa: F811
    return make_consultation(lao_a, "screening", slug="roads")


@pytest.fixture
def make_idea(django_user_model):
    counter = {"n": 0}

    def make(page, title, author=None, state=IdeaState.PUBLISHED, **fields):
        counter["n"] += 1
        if author is None:
            author = django_user_model.objects.create(username=f"author{counter['n']}",
                                                      email=f"author{counter['n']}@example.org")
        return Idea.objects.create(authority=page.authority, consultation_key=page.translation_key, author=author,
                                   title=title, description=f"รายละเอียด: {title}", standing="local", state=state,
                                   **fields)

    return make


def idea_url(page, idea):
    return page.url + page.reverse_subpage("idea", args=[idea.pk])


def public_html(client, page, idea):
    response = client.get(idea_url(page, idea), HTTP_HOST=page.authority.site.hostname)
    assert response.status_code == 200
    return response.content.decode()
