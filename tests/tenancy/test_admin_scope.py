"""Wagtail's and wagtail-localize's own views stay inside the user's LAO (portal.admin_scope).

Each test here is a hole the isolation matrix found in library views that check only a global
permission: it fails without ``portal.admin_scope``.
"""

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

import pytest

from portal.pages.models import StandardPage
from tests.conftest import staff_login

pytestmark = pytest.mark.django_db

SECRET = "ร่างลับของเชียงใหม่"


@pytest.fixture
def lao_b_draft(lao_b, make_member):
    editor_b = make_member(lao_b, "editors", "editor-b")
    editor_b.display_name = "บรรณาธิการเชียงใหม่"
    editor_b.save()
    page = StandardPage(title=SECRET, slug="secret-draft", live=False)
    lao_b.home_page.add_child(instance=page)
    page.save_revision(user=editor_b)
    page.locked, page.locked_by, page.locked_at = True, editor_b, timezone.now()
    page.save(update_fields=["locked", "locked_by", "locked_at"])
    return page


@pytest.fixture
def editor_a(lao_a, make_member, client):
    editor = make_member(lao_a, "editors")
    staff_login(client, editor)
    return editor


def english_tree(authority):
    return authority.home_page.get_translations().get()


def test_translation_cannot_be_submitted_for_another_laos_page(client, editor_a, lao_b, lao_b_draft):
    english = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[lao_b_draft.pk])
    assert client.get(url).status_code == 404
    response = client.post(url, {"locales": [english.pk]})
    assert response.status_code == 404
    assert not Page.objects.filter(translation_key=lao_b_draft.translation_key, locale=english).exists()
    assert english_tree(lao_b).get_children().count() == 0


def test_translations_of_another_laos_page_cannot_be_updated(client, editor_a, lao_b):
    source = TranslationSource.objects.get(object_id=lao_b.home_page.translation_key)
    before = (source.last_updated_at, Translation.objects.filter(source=source).count())
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"publish_translations": "on"}).status_code == 404
    source.refresh_from_db()
    assert (source.last_updated_at, Translation.objects.filter(source=source).count()) == before


def test_own_translations_still_work(client, editor_a, lao_a):
    page = StandardPage(title="ประกาศของอ่าวนาง", slug="notice-a", live=False)
    lao_a.home_page.add_child(instance=page)
    page.save_revision()
    response = client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                           {"locales": [Locale.objects.get(language_code="en").pk]})
    assert response.status_code == 302
    assert english_tree(lao_a).get_children().filter(translation_key=page.translation_key).exists()


def test_explorer_of_another_laos_page_is_404(client, editor_a, lao_b, lao_b_draft):
    for page in (lao_b.home_page, lao_b_draft, english_tree(lao_b)):
        for name in ("wagtailadmin_explore", "wagtailadmin_explore_results"):
            response = client.get(reverse(name, args=[page.pk]))
            assert response.status_code == 404, (name, page)
            assert SECRET.encode() not in response.content
    # The whole tree's search finds nothing of B either.
    search = client.get(reverse("wagtailadmin_explore", args=[Page.get_first_root_node().pk]),
                        {"q": SECRET, "search_all": "1"})
    assert lao_b_draft.pk not in [page.pk for page in search.context["object_list"]]


def test_page_chooser_stays_in_own_lao(client, editor_a, lao_a, lao_b, lao_b_draft):
    root = client.get(reverse("wagtailadmin_choose_page")).json()["html"]
    assert lao_a.home_page.title in root and lao_b.home_page.title not in root
    assert client.get(reverse("wagtailadmin_choose_page_child", args=[lao_b.home_page_id])).status_code == 404
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "ร่างลับ"})
    assert search.status_code == 200 and SECRET not in search.content.decode()
    chosen = client.get(reverse("wagtailadmin_choose_page_chosen_multiple"), {"id": [lao_b_draft.pk]})
    assert chosen.status_code == 404 and SECRET.encode() not in chosen.content


def test_bulk_action_confirmation_shows_no_page_of_another_lao(client, editor_a, lao_b_draft):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    response = client.get(url, {"id": [lao_b_draft.pk]})
    assert response.status_code == 404 and SECRET.encode() not in response.content


def test_admin_api_lists_only_own_media(client, editor_a, lao_a, lao_b):
    mine = Image.objects.create(title="ภาพของอ่าวนาง", file=get_test_image_file(), collection=lao_a.collection)
    theirs = Image.objects.create(title="ภาพของเชียงใหม่", file=get_test_image_file(), collection=lao_b.collection)
    document = Document.objects.create(title="เอกสารเชียงใหม่", file=SimpleUploadedFile("b.txt", b"b"),
                                       collection=lao_b.collection)
    images = client.get(reverse("wagtailadmin_api:images:listing")).json()["items"]
    assert [item["id"] for item in images] == [mine.pk]
    assert client.get(reverse("wagtailadmin_api:images:detail", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("wagtailadmin_api:documents:listing")).json()["items"] == []
    assert client.get(reverse("wagtailadmin_api:documents:detail", args=[document.pk])).status_code == 404


def test_reports_show_no_one_of_another_lao(client, lao_a, lao_b_draft, make_member):
    approver = make_member(lao_a, "approvers")
    staff_login(client, approver)
    for name in ("wagtailadmin_reports:locked_pages", "wagtailadmin_reports:workflow"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        assert "บรรณาธิการเชียงใหม่" not in response.content.decode(), name
    # The page types report covers every LAO: DLA superusers only, and not in the reports menu.
    assert client.get(reverse("wagtailadmin_reports:page_types_usage")).status_code == 403
    assert reverse("wagtailadmin_reports:page_types_usage") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_translations_report_lists_only_own_pages(client, editor_a, lao_a, lao_b):
    response = client.get(reverse("wagtail_localize:translations_report"))
    sources = {t.source.object_id for t in response.context["object_list"]}
    assert lao_a.home_page.translation_key in sources and lao_b.home_page.translation_key not in sources


def test_superuser_still_reaches_every_lao(client, lao_b, lao_b_draft):
    root = get_user_model().objects.create_superuser("dla", "dla@example.org", "pw")
    staff_login(client, root)
    assert client.get(reverse("wagtailadmin_explore", args=[lao_b.home_page_id])).status_code == 200
    assert SECRET in client.get(reverse("wagtailadmin_choose_page_child", args=[lao_b.home_page_id])).json()["html"]
    assert client.get(reverse("wagtailadmin_reports:page_types_usage")).status_code == 200
