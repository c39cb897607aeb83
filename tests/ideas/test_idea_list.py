"""Published ideas: the list (filters, order, pages), the idea page, and supports."""

import threading

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from ideas.models import Idea, IdeaState, SubmitterStanding, Support
from portal.identity.models import StandingKind
from portal.privacy.consent import record_consent
from portal.tenancy.models import Village
from tests.conftest import host_of

LIST_BODY = [{"type": "idea_list", "value": {"heading": "ข้อเสนอ", "sort": "newest", "page_size": 10}}]


@pytest.fixture
def page(lao_a, make_consultation, today):
    return make_consultation(lao_a, "ideas", body=LIST_BODY)


@pytest.fixture
def villages(lao_a):
    return [Village.objects.create(authority=lao_a, number=n, name_th=f"บ้านหมู่{n}") for n in (1, 2)]


def make_ideas(page, n, state=IdeaState.PUBLISHED, village=None, standing=SubmitterStanding.LOCAL, prefix="ข้อเสนอ"):
    from django.utils import timezone

    return Idea.objects.bulk_create(
        Idea(authority=page.authority, consultation_key=page.translation_key, title=f"{prefix} {i}",
             description="รายละเอียด", village=village, outside_area=village is None, standing=standing,
             state=state, published_at=timezone.now() if state == IdeaState.PUBLISHED else None)
        for i in range(n)
    )


def idea_url(page, idea):
    return page.url + page.reverse_subpage("idea", args=[idea.pk])


@pytest.mark.django_db
def test_list_shows_published_ideas_only_with_village_and_standing(page, villages, client, lao_a):
    make_ideas(page, 2, village=villages[0], prefix="เผยแพร่")
    make_ideas(page, 1, state=IdeaState.SUBMITTED, prefix="รอตรวจ")
    make_ideas(page, 1, state=IdeaState.REJECTED, prefix="ไม่ผ่าน")
    html = client.get(page.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "เผยแพร่ 0" in html and "เผยแพร่ 1" in html and "บ้านหมู่1" in html
    assert "รอตรวจ" not in html and "ไม่ผ่าน" not in html


@pytest.mark.django_db
def test_filters_order_and_pages(page, villages, client, lao_a, django_user_model):
    make_ideas(page, 12, village=villages[0], prefix="หมู่หนึ่ง")
    make_ideas(page, 1, village=villages[1], prefix="หมู่สอง")
    outsider = make_ideas(page, 1, standing=SubmitterStanding.OUTSIDER, prefix="คนนอก")[0]
    for i in range(3):
        user = django_user_model.objects.create_user(username=f"s{i}", password="x")
        Support.objects.create(idea=outsider, user=user, standing=SubmitterStanding.LOCAL)
    get = lambda q: client.get(page.url + q, HTTP_HOST=host_of(lao_a)).content.decode()  # noqa: E731
    only_two = get(f"?village={villages[1].pk}")
    assert "หมู่สอง" in only_two and "หมู่หนึ่ง" not in only_two
    outside = get("?village=outside&standing=outsider")
    assert "คนนอก" in outside and "หมู่หนึ่ง" not in outside
    top = get("?sort=most_supported")
    assert top.index("คนนอก") < top.index("หมู่หนึ่ง")
    assert "หน้า 1 จาก 2" in get("") and "หน้า 2 จาก 2" in get("?ideas_page=2")
    assert get("?village=junk&sort=junk&ideas_page=junk").count('class="card idea"') == 10  # junk is ignored


@pytest.mark.django_db
def test_list_queries_do_not_depend_on_the_number_of_ideas(page, villages, client, lao_a):
    def count():
        client.get(page.url, HTTP_HOST=host_of(lao_a))
        with CaptureQueriesContext(connection) as queries:
            client.get(page.url + "?sort=most_supported", HTTP_HOST=host_of(lao_a))
        return len(queries)

    make_ideas(page, 3, village=villages[0])
    few = count()
    make_ideas(page, 497, village=villages[1])
    assert count() == few


@pytest.mark.django_db
def test_idea_page_only_for_published_ideas_of_this_site(page, client, lao_a, lao_b, make_consultation):
    published = make_ideas(page, 1)[0]
    waiting = make_ideas(page, 1, state=IdeaState.SUBMITTED)[0]
    assert client.get(idea_url(page, published), HTTP_HOST=host_of(lao_a)).status_code == 200
    assert client.get(idea_url(page, waiting), HTTP_HOST=host_of(lao_a)).status_code == 404
    assert client.get(idea_url(page, published), HTTP_HOST=host_of(lao_b)).status_code == 404
    other = make_consultation(lao_a, "ideas", slug="other", body=LIST_BODY)
    assert client.get(idea_url(other, published), HTTP_HOST=host_of(lao_a)).status_code == 404


@pytest.mark.django_db
def test_text_is_rendered_inert(page, client, lao_a):
    payload = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    idea = Idea.objects.create(authority=page.authority, consultation_key=page.translation_key, title=payload,
                               description=payload + "\nบรรทัดสอง", standing="local", state=IdeaState.PUBLISHED)
    for url in (page.url, idea_url(page, idea)):
        html = client.get(url, HTTP_HOST=host_of(lao_a)).content.decode()
        assert "<script>alert(1)" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.django_db
def test_support_split_and_withdraw(page, client, lao_a, citizen, make_standing, django_user_model):
    idea = make_ideas(page, 1)[0]
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    client.force_login(citizen)
    url = idea_url(page, idea) + "support/"
    client.post(url, HTTP_HOST=host_of(lao_a))
    client.post(url, HTTP_HOST=host_of(lao_a))  # a second click adds nothing
    outsider = django_user_model.objects.create_user(username="out", password="x")
    record_consent(outsider)
    make_standing(outsider, lao_a, StandingKind.OUTSIDER)
    other = Client()
    other.force_login(outsider)
    other.post(url, HTTP_HOST=host_of(lao_a))
    html = client.get(idea_url(page, idea), HTTP_HOST=host_of(lao_a)).content.decode()
    assert "ผู้มีภูมิลำเนาในพื้นที่ 1 คน บุคคลภายนอก 1 คน" in html
    assert list(Support.objects.order_by("standing").values_list("standing", flat=True)) == ["local", "outsider"]
    client.post(url, {"action": "withdraw"}, HTTP_HOST=host_of(lao_a))
    assert list(Support.objects.values_list("user", flat=True)) == [outsider.pk]


@pytest.mark.django_db
def test_supports_only_while_ideas_are_collected(lao_a, make_consultation, client, citizen, today):
    voting = make_consultation(lao_a, "voting", body=LIST_BODY)
    idea = make_ideas(voting, 1)[0]
    client.force_login(citizen)
    client.post(idea_url(voting, idea) + "support/", HTTP_HOST=host_of(lao_a))
    assert not Support.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_supports_of_one_person_count_once(lao_a, make_consultation, citizen, make_standing, today):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is checked on PostgreSQL")
    page = make_consultation(lao_a, "ideas", body=LIST_BODY)
    idea = make_ideas(page, 1)[0]
    make_standing(citizen, lao_a, StandingKind.LOCAL)
    url = idea_url(page, idea) + "support/"
    barrier = threading.Barrier(6)
    statuses = []

    def support():
        client = Client()
        client.force_login(citizen)
        barrier.wait()
        statuses.append(client.post(url, HTTP_HOST=host_of(lao_a)).status_code)
        connection.close()

    threads = [threading.Thread(target=support) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [302] * 6
    assert Support.objects.filter(idea=idea).count() == 1


@pytest.mark.django_db
def test_filter_by_category(page, villages, client, lao_a):
    from portal.snippets.models import AuthorityFunction

    roads, waste = AuthorityFunction.objects.order_by("sort_order")[:2]
    first, second = make_ideas(page, 2, village=villages[0], prefix="หมวด")
    Idea.objects.filter(pk=first.pk).update(category=roads, title="ถนนหมวดหนึ่ง")
    Idea.objects.filter(pk=second.pk).update(category=waste, title="ขยะหมวดสอง")
    html = client.get(page.url + f"?category={waste.pk}", HTTP_HOST=host_of(lao_a)).content.decode()
    assert "ขยะหมวดสอง" in html and "ถนนหมวดหนึ่ง" not in html
