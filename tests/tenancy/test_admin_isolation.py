"""An LAO's editors work inside their own tree and collection, and nowhere else."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from portal.pages.models import StandardPage
from portal.tenancy.models import AuthorityBranding
from tests.conftest import staff_login


def denied(response):
    return response.status_code in (403, 404)


@pytest.fixture
def world(lao_a, lao_b, make_member, client):
    editor = make_member(lao_a, "editors")
    staff_login(client, editor)
    page_b = StandardPage(title="ข่าวของ บี", slug="news-b")
    lao_b.home_page.add_child(instance=page_b)
    image_b = Image.objects.create(title="ภาพ บี", file=get_test_image_file(), collection=lao_b.collection)
    doc_b = Document.objects.create(
        title="เอกสาร บี", file=SimpleUploadedFile("b.txt", b"b"), collection=lao_b.collection
    )
    image_a = Image.objects.create(title="ภาพ เอ", file=get_test_image_file(), collection=lao_a.collection)
    return {"a": lao_a, "b": lao_b, "page_b": page_b, "image_b": image_b, "doc_b": doc_b, "image_a": image_a}


@pytest.mark.django_db
def test_editor_can_edit_and_add_in_own_tree(world, client):
    home_a = world["a"].home_page
    assert client.get(reverse("wagtailadmin_pages:edit", args=[home_a.id])).status_code == 200
    assert client.get(reverse("wagtailadmin_explore", args=[home_a.id])).status_code == 200
    add_url = reverse("wagtailadmin_pages:add", args=["pages", "standardpage", home_a.id])
    assert client.get(add_url).status_code == 200
    response = client.post(
        add_url,
        {"title": "ประกาศ", "slug": "notice", "intro": "", "body-count": "0", "action-submit": "submit"},
    )
    assert response.status_code == 302, response.content[:500]
    notice = StandardPage.objects.child_of(home_a).get(slug="notice")
    assert notice.workflow_in_progress and not notice.live
    assert client.get(reverse("wagtailimages:edit", args=[world["image_a"].id])).status_code == 200


@pytest.mark.django_db
def test_editor_gets_nothing_of_another_lao(world, client):
    b, page_b = world["b"], world["page_b"]
    english_home_b = b.home_page.get_translations().get()
    urls = [
        reverse("wagtailadmin_pages:edit", args=[b.home_page_id]),
        reverse("wagtailadmin_pages:edit", args=[english_home_b.id]),
        reverse("wagtailadmin_pages:edit", args=[page_b.id]),
        reverse("wagtailadmin_pages:add_subpage", args=[b.home_page_id]),
        reverse("wagtailadmin_pages:add", args=["pages", "standardpage", b.home_page_id]),
        reverse("wagtailadmin_pages:delete", args=[page_b.id]),
        reverse("wagtailadmin_pages:delete", args=[b.home_page_id]),
        reverse("wagtailadmin_pages:unpublish", args=[page_b.id]),
        reverse("wagtailadmin_pages:move", args=[page_b.id]),
        reverse("wagtailimages:edit", args=[world["image_b"].id]),
        reverse("wagtailimages:delete", args=[world["image_b"].id]),
        reverse("wagtaildocs:edit", args=[world["doc_b"].id]),
        reverse("wagtaildocs:delete", args=[world["doc_b"].id]),
        reverse("wagtailadmin_collections:edit", args=[b.collection_id]),
        reverse("wagtailadmin_collections:delete", args=[b.collection_id]),
        reverse("wagtailsettings:edit", args=["tenancy", "authoritybranding", b.site_id]),
    ]
    for url in urls:
        response = client.get(url)
        assert denied(response), f"{url} answered {response.status_code}"

    # Writes are refused too, and change nothing.
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page_b.id]))
    assert denied(response)
    assert StandardPage.objects.filter(id=page_b.id).exists()
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["pages", "standardpage", b.home_page_id]),
        {"title": "แทรก", "slug": "intrude", "body-count": "0", "action-publish": "publish"},
    )
    assert denied(response)
    assert not StandardPage.objects.filter(slug="intrude").exists()
    response = client.post(reverse("wagtailimages:delete", args=[world["image_b"].id]))
    assert denied(response)
    assert Image.objects.filter(id=world["image_b"].id).exists()


@pytest.mark.django_db
def test_listings_show_only_own_lao_media(world, client):
    images = client.get(reverse("wagtailimages:index"))
    assert images.status_code == 200
    assert "ภาพ เอ" in images.content.decode()
    assert "ภาพ บี" not in images.content.decode()
    docs = client.get(reverse("wagtaildocs:index"))
    assert "เอกสาร บี" not in docs.content.decode()
    response = client.get(reverse("wagtailimages:index") + f"?collection_id={world['b'].collection_id}")
    assert "ภาพ บี" not in response.content.decode()


BRANDING_FORM = {
    "logo": "", "address_th": "", "address_en": "", "phone": "0 7563 7100", "email": "", "flag_threshold": "3",
    "facebook_url": "", "line_id": "@aonang", "opening_hours": "",
}


@pytest.mark.django_db
def test_editor_edits_own_branding_only(world, client):
    a, b = world["a"], world["b"]
    own = reverse("wagtailsettings:edit", args=["tenancy", "authoritybranding", a.site_id])
    assert client.get(own).status_code == 200
    assert client.post(own, BRANDING_FORM).status_code == 302
    assert AuthorityBranding.objects.get(site=a.site).line_id == "@aonang"

    other = reverse("wagtailsettings:edit", args=["tenancy", "authoritybranding", b.site_id])
    assert denied(client.post(other, {**BRANDING_FORM, "line_id": "@intruder"}))
    assert AuthorityBranding.objects.get(site=b.site).line_id == ""


@pytest.mark.django_db
def test_editor_cannot_reach_the_dla_authority_admin(world, client):
    assert denied(client.get(reverse("wagtailsnippets_tenancy_authority:list")))
    assert denied(client.get(reverse("tenancy_provision", args=[world["b"].pk])))
