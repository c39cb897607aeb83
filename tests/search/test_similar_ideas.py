"""Similar ideas while a citizen writes one: as they type (JavaScript asks for a list), or with
the form's "Check for similar ideas" button, which sends nothing and keeps what was typed."""

import pytest

from ideas.models import Idea, IdeaState
from portal.identity.models import StandingKind
from portal.snippets.models import AuthorityFunction
from portal.tenancy.models import Village
from tests.conftest import host_of
from tests.consultations.conftest import citizen, make_standing  # noqa: F401 (fixtures)

from .conftest import make_consultation, make_idea


@pytest.fixture
def consultation(lao_a):
    page = make_consultation(lao_a, audience_submit="locals_and_outsiders")
    make_idea(lao_a, page, "ถนนลูกรังหมู่ 3 เป็นหลุมบ่อ", "หน้าฝนรถล้ม")
    make_idea(lao_a, page, "น้ำท่วมขังหน้าโรงเรียน", "ท่อระบายน้ำเล็ก")
    make_idea(lao_a, page, "ถนนลูกรังที่ยังรอตรวจ", "ยังไม่เผยแพร่", state=IdeaState.SUBMITTED)
    other = make_consultation(lao_a, slug="other", title="โครงการอื่น")
    make_idea(lao_a, other, "ถนนลูกรังของโครงการอื่น", "คนละเรื่อง")
    return page


def fragment(client, authority, page, title):
    return client.get("/search/similar-ideas/", {"consultation": page.pk, "title": title},
                      HTTP_HOST=host_of(authority))


@pytest.mark.django_db
def test_similar_ideas_of_the_same_consultation_are_listed_as_one_types(client, lao_a, consultation):
    response = fragment(client, lao_a, consultation, "ซ่อมถนนลูกรัง")
    html = response.content.decode()
    assert response.status_code == 200
    assert "หลุมบ่อ" in html and "<mark>ถนนลูกรัง</mark>" in html
    assert "รอตรวจ" not in html  # not published
    assert "โครงการอื่น" not in html  # another consultation
    assert "น้ำท่วม" not in html  # no word in common

    nothing = fragment(client, lao_a, consultation, "สนามฟุตบอล").content.decode()
    assert "notice" in nothing and "<li>" not in nothing
    assert fragment(client, lao_a, consultation, "").content.decode().strip() == ""


@pytest.mark.django_db
def test_another_laos_consultation_is_not_found(client, lao_a, lao_b, consultation):
    assert fragment(client, lao_b, consultation, "ถนนลูกรัง").status_code == 404
    assert client.get("/search/similar-ideas/", {"consultation": "x"}, HTTP_HOST=host_of(lao_a)).status_code == 404


@pytest.mark.django_db
def test_without_javascript_the_check_keeps_what_was_typed_and_sends_nothing(
    client, lao_a, consultation, citizen, make_standing  # noqa: F811
):
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    client.force_login(citizen)
    village = Village.objects.create(authority=lao_a, number=3, name_th="บ้านนาหลวง")
    category = AuthorityFunction.objects.order_by("sort_order").first()
    data = {
        "title": "ถนนลูกรังหน้าวัดชำรุด", "description": "รถจักรยานยนต์ล้มบ่อยช่วงหน้าฝน", "village": str(village.pk),
        "category": str(category.pk), "estimated_cost": "250000",
        "submission_token": "7b7c6f1e-2b1e-4a55-9d3c-8d9f3c1f2a10", "check_similar": "1",
    }
    before = Idea.objects.count()
    url = consultation.url + consultation.reverse_subpage("submit_idea")
    response = client.post(url, data, HTTP_HOST=host_of(lao_a))
    html = response.content.decode()
    assert response.status_code == 200
    assert Idea.objects.count() == before
    assert "หลุมบ่อ" in html  # the similar idea
    assert 'value="ถนนลูกรังหน้าวัดชำรุด"' in html
    assert "รถจักรยานยนต์ล้มบ่อยช่วงหน้าฝน</textarea>" in html
    assert 'value="7b7c6f1e-2b1e-4a55-9d3c-8d9f3c1f2a10"' in html  # the same form: sent once at most
    assert f'<option value="{village.pk}" selected>' in html

    del data["check_similar"]
    client.post(url, data, HTTP_HOST=host_of(lao_a))
    assert Idea.objects.filter(title="ถนนลูกรังหน้าวัดชำรุด").exists()  # then it is sent as usual
