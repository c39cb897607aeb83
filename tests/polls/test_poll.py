"""The poll works fully: one answer per signed-in person, results shown after answering."""

import threading

from django.db import connection
from django.test import Client

import pytest

from participation.eligibility import Audience
from polls.models import PollAnswer
from portal.identity.models import StandingKind
from portal.privacy.consent import record_consent
from tests.conftest import host_of

from .conftest import ALL_BLOCKS


def poll_url(page):
    return page.url + page.reverse_subpage("poll", args=["poll-1"])


@pytest.fixture
def ideas_page(lao_a, make_consultation, today):
    return make_consultation(lao_a, "ideas")


@pytest.fixture
def post(client, lao_a):
    def send(page, data, user=None, follow=True):
        if user is not None:
            client.force_login(user)
        return client.post(poll_url(page), data, HTTP_HOST=host_of(lao_a), follow=follow)

    return send


@pytest.mark.django_db
def test_answer_is_counted_and_results_shown(ideas_page, citizen, post):
    response = post(ideas_page, {"choice": "1"}, citizen)
    html = response.content.decode()
    assert "ขอบคุณ คำตอบของคุณถูกนับแล้ว" in html
    assert "คำตอบของคุณ: น้ำท่วม" in html and "ผู้ตอบ 1 คน" in html and "(100%)" in html
    answer = PollAnswer.objects.get()
    assert (answer.choice, answer.choice_label, answer.user, answer.authority) == (
        1, "น้ำท่วม", citizen, ideas_page.authority
    )
    assert answer.consultation_key == ideas_page.translation_key


@pytest.mark.django_db
def test_second_answer_is_refused_and_the_first_kept(ideas_page, citizen, post):
    post(ideas_page, {"choice": "0"}, citizen)
    html = post(ideas_page, {"choice": "2"}, citizen).content.decode()
    assert "คุณตอบแบบสำรวจนี้แล้ว" in html
    assert list(PollAnswer.objects.values_list("choice", flat=True)) == [0]


@pytest.mark.django_db
def test_results_count_everyone(ideas_page, citizen, post, django_user_model):
    others = [django_user_model.objects.create_user(username=f"p{i}", password="x") for i in range(3)]
    for user in others:
        record_consent(user)
    for user, choice in zip(others, ["0", "0", "2"], strict=True):
        post(ideas_page, {"choice": choice}, user)
    html = post(ideas_page, {"choice": "0"}, citizen).content.decode()
    assert "ผู้ตอบ 4 คน" in html and "3 (75%)" in html and "1 (25%)" in html


@pytest.mark.django_db
@pytest.mark.parametrize("data", [{}, {"choice": ""}, {"choice": "9"}, {"choice": "-1"}, {"choice": "ถนน"}])
def test_bad_choice_is_explained_and_nothing_saved(ideas_page, citizen, post, data):
    html = post(ideas_page, data, citizen).content.decode()
    assert "กรุณาเลือกคำตอบหนึ่งข้อ" in html
    assert not PollAnswer.objects.exists()
    assert '<form method="post"' in html  # the form is still there to try again


@pytest.mark.django_db
def test_signed_out_visitor_cannot_answer(ideas_page, post):
    html = post(ideas_page, {"choice": "0"}).content.decode()
    assert "ลงชื่อเข้าใช้เพื่อตอบ" in html
    assert not PollAnswer.objects.exists()


@pytest.mark.django_db
def test_poll_for_locals_refuses_an_outsider(lao_a, make_consultation, citizen, make_standing, post, today):
    body = [dict(ALL_BLOCKS[-1], value={**ALL_BLOCKS[-1]["value"], "audience": Audience.LOCALS})]
    page = make_consultation(lao_a, "ideas", body=body)
    make_standing(citizen, lao_a, StandingKind.OUTSIDER)
    html = post(page, {"choice": "0"}, citizen).content.decode()
    assert "ยืนยันที่อยู่ของคุณเพื่อตอบ" in html
    assert not PollAnswer.objects.exists()


@pytest.mark.django_db
def test_closed_poll_refuses_answers(lao_a, make_consultation, citizen, post, today):
    page = make_consultation(lao_a, "closed")
    html = post(page, {"choice": "0"}, citizen).content.decode()
    assert "แบบสำรวจนี้ไม่ได้เปิดรับคำตอบ" in html
    assert not PollAnswer.objects.exists()


@pytest.mark.django_db
def test_unknown_poll_is_404_and_get_redirects(ideas_page, citizen, client, lao_a):
    client.force_login(citizen)
    bad = ideas_page.url + ideas_page.reverse_subpage("poll", args=["no-such-block"])
    assert client.post(bad, {"choice": "0"}, HTTP_HOST=host_of(lao_a)).status_code == 404
    assert client.get(poll_url(ideas_page), HTTP_HOST=host_of(lao_a)).status_code == 302


@pytest.mark.django_db
def test_poll_of_one_lao_cannot_be_answered_on_another_laos_site(ideas_page, lao_b, citizen, client):
    client.force_login(citizen)
    response = client.post(poll_url(ideas_page), {"choice": "0"}, HTTP_HOST=host_of(lao_b))
    assert response.status_code == 404
    assert not PollAnswer.objects.exists()


@pytest.mark.django_db
def test_english_page_shares_the_thai_poll(ideas_page, citizen, post, client, lao_a,
                                           django_capture_on_commit_callbacks):
    from portal.tenancy.provisioning import locales, translate_page

    _, en = locales()
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(ideas_page, en, {"น้ำท่วม": "Flooding"})
    post(ideas_page, {"choice": "1"}, citizen)
    english = ideas_page.get_translation(en).specific
    html = client.get(english.url, HTTP_HOST=host_of(lao_a)).content.decode()
    assert "Your answer: น้ำท่วม" in html and "Flooding" in html and "1 answer" in html


@pytest.mark.django_db(transaction=True)
def test_concurrent_answers_of_one_person_count_once(lao_a, make_consultation, citizen, today):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is checked on PostgreSQL")
    page = make_consultation(lao_a, "ideas")
    url = poll_url(page)
    barrier = threading.Barrier(6)
    statuses = []

    def answer(choice):
        client = Client()
        client.force_login(citizen)
        barrier.wait()
        statuses.append(client.post(url, {"choice": str(choice % 3)}, HTTP_HOST=host_of(lao_a)).status_code)
        connection.close()

    threads = [threading.Thread(target=answer, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [302] * 6
    assert PollAnswer.objects.filter(user=citizen).count() == 1
