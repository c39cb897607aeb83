"""Each LAO's moderators keep their own screening words; the central list is the DLA's alone."""

from django.urls import reverse

import pytest

from portal.snippets.models import ScreeningWord
from tests.conftest import staff_login


def url(name, *args):
    return reverse(f"wagtailsnippets_snippets_screeningword:{name}", args=args)


def form(word, authority, category="personal_gain"):
    return {"word": word, "category": category, "authority": authority.pk if authority else "", "active": "on", "note": ""}


@pytest.fixture
def moderator_a(lao_a, make_member, client):
    user = make_member(lao_a, "moderators")
    staff_login(client, user)
    return user


@pytest.mark.django_db
def test_moderator_lists_only_own_words(lao_words, moderator_a, client):
    listing = client.get(url("list"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "หจก.อ่าวนางก่อสร้าง" in html
    assert "ร้านเชียงใหม่วัสดุ" not in html
    assert "กาเบอร์" not in html  # the central list is not theirs to see
    searched = client.get(url("list") + "?q=เชียงใหม่").content.decode()
    assert "ร้านเชียงใหม่วัสดุ" not in searched


@pytest.mark.django_db
def test_moderator_cannot_reach_another_laos_or_the_central_words(lao_words, lao_b, moderator_a, client):
    for other in (lao_words["b"], lao_words["central"]):
        for view in ("edit", "delete", "history", "usage"):
            assert client.get(url(view, other.pk)).status_code == 404, view
        response = client.post(url("edit", other.pk), form("แก้แล้ว", lao_b))
        assert response.status_code == 404
        assert client.post(url("delete", other.pk)).status_code == 404
        other.refresh_from_db()
        assert other.word != "แก้แล้ว"
    bulk_delete = reverse("wagtail_bulk_action", args=["snippets", "screeningword", "delete"])
    client.post(f"{bulk_delete}?id={lao_words['b'].pk}&id={lao_words['central'].pk}")
    assert ScreeningWord.objects.filter(pk__in=[lao_words["b"].pk, lao_words["central"].pk]).count() == 2


@pytest.mark.django_db
def test_moderator_adds_edits_and_deletes_own_words_only(lao_a, lao_b, lao_words, moderator_a, client):
    assert client.get(url("add")).status_code == 200
    assert client.post(url("add"), form("ขายที่ดินติดถนน", lao_a)).status_code == 302
    added = ScreeningWord.objects.get(word="ขายที่ดินติดถนน")
    assert added.authority == lao_a

    # Neither into another LAO's list nor into the central one.
    for authority in (lao_b, None):
        response = client.post(url("add"), form("แทรกคำ", authority))
        assert response.status_code == 200  # the form again, with an error
    assert not ScreeningWord.objects.filter(word="แทรกคำ").exists()
    response = client.post(url("edit", added.pk), form("ขายที่ดินติดถนน", lao_b))
    assert response.status_code == 200
    added.refresh_from_db()
    assert added.authority == lao_a

    assert client.post(url("edit", added.pk), form("ขายที่ดินด่วน", lao_a)).status_code == 302
    added.refresh_from_db()
    assert added.word == "ขายที่ดินด่วน"
    assert client.post(url("delete", added.pk)).status_code == 302
    assert not ScreeningWord.objects.filter(pk=added.pk).exists()


@pytest.mark.django_db
def test_other_roles_have_no_screening_words(lao_a, lao_words, make_member, client):
    for role in ("editors", "approvers", "officers"):
        client.logout()
        staff_login(client, make_member(lao_a, role))
        assert client.get(url("list")).status_code == 403
        assert client.get(url("edit", lao_words["a"].pk)).status_code in (403, 404)


@pytest.mark.django_db
def test_dla_staff_keep_the_central_list_and_see_every_list(lao_words, dla_staff, client):
    staff_login(client, dla_staff)
    html = client.get(url("list") + "?p=1").content.decode()
    for word in ("หจก.อ่าวนางก่อสร้าง", "ร้านเชียงใหม่วัสดุ"):
        assert word in html
    assert client.post(url("add"), form("ช่วยโหวตให้", None, "campaign")).status_code == 302
    assert ScreeningWord.objects.central().filter(word="ช่วยโหวตให้").exists()
    central = lao_words["central"]
    assert client.get(url("edit", central.pk)).status_code == 200


@pytest.mark.django_db
def test_a_word_is_listed_once_per_list(lao_a, moderator_a, client):
    assert client.post(url("add"), form("ขายที่ดินติดถนน", lao_a)).status_code == 302
    assert client.post(url("add"), form("ขายที่ดินติดถนน", lao_a)).status_code == 200
    assert ScreeningWord.objects.filter(word="ขายที่ดินติดถนน").count() == 1


@pytest.mark.django_db
def test_policy_names_who_may_change_a_word(lao_a, lao_b, lao_words, make_member, dla_staff):
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(ScreeningWord)
    moderator_a, moderator_b = make_member(lao_a, "moderators"), make_member(lao_b, "moderators")
    editor_a = make_member(lao_a, "editors")
    assert set(policy.users_with_any_permission(["change"])) == {dla_staff, moderator_a, moderator_b}
    assert set(policy.users_with_any_permission_for_instance(["change"], lao_words["b"])) == {dla_staff, moderator_b}
    assert set(policy.users_with_any_permission_for_instance(["change"], lao_words["central"])) == {dla_staff}
    assert not policy.user_has_permission(editor_a, "view")
    assert not policy.users_with_any_permission(["publish"]).exists()
