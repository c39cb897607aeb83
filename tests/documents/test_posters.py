"""Each consultation's QR poster: its QR code leads to the page, its dates are Buddhist Era,
the English page prints an English poster, and one LAO's poster is not served on another's site."""

import io

from django.urls import reverse

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

import pypdf
import pypdfium2
import pytest
import zxingcpp

from portal.tenancy.models import AuthorityBranding
from portal.tenancy.provisioning import translate_page
from tests.conftest import host_of, staff_login
from tests.consultations.conftest import days

from .conftest import comparable, pdf_pages_text, save_artifact

TODAY_PLUS_20 = days(20)


def decode_qr(content):
    """The texts of the QR codes on the PDF's first page, rendered at 150 dpi."""
    page = pypdfium2.PdfDocument(content)[0]
    image = page.render(scale=150 / 72).to_pil()
    return [code.text for code in zxingcpp.read_barcodes(image)]


def get_poster(client, page, host):
    return client.get(page.url + "poster/", HTTP_HOST=host)


@pytest.fixture
def consultation(lao_a, make_consultation, today):
    return make_consultation(lao_a, "ideas", slug="roads", title="ซ่อมถนนสายหลักหมู่ที่ ๓ ก่อนฤดูฝน",
                             question="ถนนสายใดในตำบลควรซ่อมก่อน")


@pytest.mark.django_db
def test_poster_is_an_a4_pdf_whose_qr_code_leads_to_the_page(client, consultation, lao_a):
    response = get_poster(client, consultation, host_of(lao_a))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline; ")
    content = response.content
    save_artifact("poster-th.pdf", content)
    page = pypdf.PdfReader(io.BytesIO(content)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)  # A4 portrait
    assert decode_qr(content) == ["http://ao-nang-sao.ruamkhit.test/roads/"]


@pytest.mark.django_db
def test_poster_names_the_lao_the_consultation_its_dates_in_buddhist_era_and_the_steps(
    client, consultation, lao_a
):
    text = comparable("".join(pdf_pages_text(get_poster(client, consultation, host_of(lao_a)).content)))

    for expected in (
        "องค์การบริหารส่วนตำบลอ่าวนาง",
        "ซ่อมถนนสายหลักหมู่ที่ ๓ ก่อนฤดูฝน",
        "ถนนสายใดในตำบลควรซ่อมก่อน",
        "21 พฤศจิกายน 2569 – 16 ธันวาคม 2569",  # idea collection: TODAY - 5 to TODAY + 20
        "5 มกราคม 2570 – 15 มกราคม 2570",  # voting
        "สแกนคิวอาร์โค้ด",
        "ลงชื่อเข้าใช้",
        "ลงคะแนน",
        "1,250,000 บาท",
    ):
        assert comparable(expected) in text, expected


@pytest.mark.django_db
def test_english_page_prints_an_english_poster_with_gregorian_dates(
    client, consultation, lao_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(consultation, Locale.objects.get(language_code="en"),
                       {consultation.title: "Fix the main road of Village 3 before the rains"})
    english = consultation.get_translations().get().specific

    response = get_poster(client, english, host_of(lao_a))

    assert response.status_code == 200
    save_artifact("poster-en.pdf", response.content)
    assert decode_qr(response.content) == ["http://ao-nang-sao.ruamkhit.test/en/roads/"]
    text = " ".join(" ".join(pdf_pages_text(response.content)).split())
    assert "Fix the main road of Village 3 before the rains" in text
    assert "How to take part" in text
    assert "21 November 2026" in text and "2569" not in text
    assert "Ao Nang Subdistrict Administrative Organisation" in text


@pytest.mark.django_db
def test_poster_of_lao_a_is_not_served_on_lao_b_site(client, consultation, lao_a, lao_b):
    assert get_poster(client, consultation, host_of(lao_b)).status_code == 404


@pytest.mark.django_db
def test_a_draft_has_no_public_poster_but_its_editors_can_print_one(
    client, lao_a, make_consultation, make_member, today
):
    draft = make_consultation(lao_a, "ideas", slug="draft", publish=False)
    assert client.get("/draft/poster/", HTTP_HOST=host_of(lao_a)).status_code == 404

    staff_login(client, make_member(lao_a, "editors"))
    response = client.get(reverse("documents_poster", args=[draft.pk]))
    assert response.status_code == 200 and "no-cache" in response["Cache-Control"]
    assert decode_qr(response.content) == ["http://ao-nang-sao.ruamkhit.test/draft/"]


@pytest.mark.django_db
def test_poster_carries_the_lao_logo_and_office_details(client, consultation, lao_a):
    logo = Image.objects.create(title="ตรา อบต.", file=get_test_image_file(colour="red"))
    AuthorityBranding.objects.update_or_create(site=lao_a.site, defaults={
        "logo": logo, "address_th": "ที่ทำการ อบต.อ่าวนาง ถนนอ่าวนาง", "phone": "075 637 000",
        "opening_hours": "จันทร์–ศุกร์ 08:30–16:30 น.",
    })

    content = get_poster(client, consultation, host_of(lao_a)).content

    save_artifact("poster-logo-th.pdf", content)
    page = pypdf.PdfReader(io.BytesIO(content)).pages[0]
    assert len(page.images) == 1  # the logo (the QR code is vector)
    text = comparable("".join(pdf_pages_text(content)))
    assert comparable("ที่ทำการ อบต.อ่าวนาง ถนนอ่าวนาง") in text
    assert "075637000" in text


@pytest.mark.django_db
def test_editors_open_the_poster_from_the_admin_and_other_laos_cannot(
    client, consultation, lao_a, lao_b, make_member
):
    url = reverse("documents_poster", args=[consultation.pk])
    staff_login(client, make_member(lao_a, "editors"))
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[consultation.pk])).content.decode()
    assert url in edit_page

    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert decode_qr(response.content) == ["http://ao-nang-sao.ruamkhit.test/roads/"]

    client.logout()
    staff_login(client, make_member(lao_b, "editors"))
    assert client.get(url).status_code == 404  # another LAO's page is outside the admin's scope


@pytest.mark.django_db
def test_admin_poster_is_only_for_consultations(lao_a, admin_client):
    assert admin_client.get(reverse("documents_poster", args=[lao_a.home_page_id])).status_code == 404


@pytest.mark.django_db
def test_long_title_question_and_address_still_fit_one_page(client, lao_a, make_consultation, today):
    page = make_consultation(
        lao_a, "voting", slug="long",
        title="ปรับปรุงระบบระบายน้ำและซ่อมแซมถนนคอนกรีตเสริมเหล็กในทุกหมู่บ้านของตำบล " * 3,
        question="ท่านเห็นว่าควรใช้งบประมาณปีหน้าแก้ปัญหาน้ำท่วมขังถนนสายใดก่อนเพื่อให้เด็กนักเรียนเดินทางปลอดภัย " * 2,
        results_date=TODAY_PLUS_20,
    )
    AuthorityBranding.objects.update_or_create(site=lao_a.site, defaults={
        "address_th": "ที่ทำการองค์การบริหารส่วนตำบลอ่าวนาง เลขที่ 1 หมู่ที่ 2 ถนนอ่าวนาง\nตำบลอ่าวนาง อำเภอเมืองกระบี่ จังหวัดกระบี่ 81180",
        "phone": "075 637 000", "opening_hours": "วันจันทร์ถึงวันศุกร์ เวลา 08:30–16:30 น. เว้นวันหยุดราชการ",
    })

    content = get_poster(client, page, host_of(lao_a)).content

    save_artifact("poster-long-th.pdf", content)
    assert len(pypdf.PdfReader(io.BytesIO(content)).pages) == 1
    assert decode_qr(content) == ["http://ao-nang-sao.ruamkhit.test/long/"]


@pytest.mark.django_db
def test_a_republished_consultation_gets_a_new_poster_at_once(client, consultation, lao_a):
    first = get_poster(client, consultation, host_of(lao_a))
    assert first["Cache-Control"] == "public, max-age=300"
    consultation.title = "ซ่อมสะพานข้ามคลองบ้านทุ่ง"
    consultation.save_revision().publish()

    text = comparable("".join(pdf_pages_text(get_poster(client, consultation, host_of(lao_a)).content)))

    assert comparable("ซ่อมสะพานข้ามคลองบ้านทุ่ง") in text
