"""A problem brief renders on its LAO's site, in Thai, and refuses villages and points that don't fit."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from portal.pages.demo import create_demo_problem_brief
from portal.pages.models import ProblemBriefPage
from portal.tenancy.models import Village
from tests.conftest import host_of, staff_login


def make_brief(authority, **fields):
    page = ProblemBriefPage(title="ถนนชำรุด", slug="damaged-road", problem="<p>ถนนเป็นหลุมบ่อ</p>", **fields)
    authority.home_page.specific.add_child(instance=page)
    return page


@pytest.mark.django_db
def test_renders_in_thai_on_the_lao_host(lao_a, villages_a, client):
    lao_a.office_lat, lao_a.office_lon = Decimal("8.0416"), Decimal("98.8113")
    brief = create_demo_problem_brief(lao_a)

    response = client.get(brief.url, HTTP_HOST=host_of(lao_a))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "th"
    assert soup.h1.get_text() == "น้ำท่วมขังถนนสายหลักหมู่ที่ 3 ทุกฤดูฝน"
    text = soup.main.get_text(" ", strip=True)
    assert "หมู่ที่ 3 บ้านนาหลวง" in text and "หมู่ที่ 4 บ้านหน้าค่าย" in text
    assert "หมู่ที่ 1 บ้านอ่าวนาง" not in text
    assert "320 ครัวเรือน" in text and "1.2 กิโลเมตร" in text
    assert "8.04960, 98.81730" in text
    osm = soup.find("a", href=lambda href: href and "openstreetmap.org" in href)
    assert osm["href"] == "https://www.openstreetmap.org/?mlat=8.04960&mlon=98.81730#map=16/8.04960/98.81730"
    # No map script or tiles: the page stays light on a phone.
    assert not soup.find("script", src=True) and not soup.find("iframe")
    assert "ยังไม่มีการรับฟังความคิดเห็น" in text  # no consultation addresses it yet
    assert soup.find("link", href=lambda href: href and href.endswith("css/pages.css"))


@pytest.mark.django_db
def test_demo_is_idempotent(lao_a):
    first = create_demo_problem_brief(lao_a)
    assert create_demo_problem_brief(lao_a).pk == first.pk
    assert ProblemBriefPage.objects.child_of(lao_a.home_page).count() == 1
    assert first.live


@pytest.mark.django_db
def test_related_consultations_is_empty_without_the_consultation_model(lao_a):
    brief = make_brief(lao_a)
    assert brief.related_consultations() == []


@pytest.mark.django_db
def test_refuses_another_laos_village(lao_a, lao_b, villages_a):
    brief = make_brief(lao_a)
    foreign = Village.objects.create(authority=lao_b, number=3, name_th="บ้านป่าแดด")
    brief.villages = [villages_a[2], foreign]
    with pytest.raises(ValidationError) as refused:
        brief.full_clean()
    assert list(refused.value.message_dict) == ["villages"]
    assert "บ้านป่าแดด" in refused.value.message_dict["villages"][0]

    brief.villages = [villages_a[2]]
    brief.full_clean()


@pytest.mark.django_db
def test_admin_form_offers_only_the_own_laos_villages(lao_a, lao_b, villages_a, make_member, client):
    foreign = Village.objects.create(authority=lao_b, number=1, name_th="บ้านป่าแดด")
    staff_login(client, make_member(lao_a, "editors"))
    add_url = reverse("wagtailadmin_pages:add", args=["pages", "problembriefpage", lao_a.home_page_id])

    response = client.get(add_url)
    assert response.status_code == 200
    offered = {int(box["value"]) for box in BeautifulSoup(response.content, "html.parser").select('input[name="villages"]')}
    assert offered == {village.pk for village in villages_a}

    post = {
        "title": "ถนนชำรุด", "slug": "damaged-road", "problem": '{"blocks": [{"key": "a", "type": "unstyled", '
        '"text": "ถนนเป็นหลุม", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
        "evidence-count": "0", "villages": [str(foreign.pk)], "latitude": "", "longitude": "",
    }
    response = client.post(add_url, post)
    assert response.status_code == 200  # the form again, with an error
    assert not ProblemBriefPage.objects.filter(slug="damaged-road").exists()

    post["villages"] = [str(villages_a[2].pk)]
    response = client.post(add_url, post)
    assert response.status_code == 302, response.content[:2000]
    saved = ProblemBriefPage.objects.get(slug="damaged-road").get_latest_revision_as_object()
    assert [village.pk for village in saved.villages.all()] == [villages_a[2].pk]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "latitude, longitude, field",
    [
        ("95", "100", "latitude"),  # not a latitude at all
        ("13.7563", "-181", "longitude"),  # not a longitude at all
        ("100.5018", "13.7563", "latitude"),  # swapped
        ("13.7563", None, "longitude"),  # half a point
        (None, "100.5018", "latitude"),
        ("-13.7563", "100.5018", "latitude"),  # southern hemisphere: a lost sign
    ],
)
def test_refuses_a_map_point_outside_thailand_or_incomplete(lao_a, latitude, longitude, field):
    brief = make_brief(lao_a)
    brief.latitude = None if latitude is None else Decimal(latitude)
    brief.longitude = None if longitude is None else Decimal(longitude)
    with pytest.raises(ValidationError) as refused:
        brief.full_clean()
    assert field in refused.value.message_dict


@pytest.mark.django_db
def test_accepts_a_map_point_in_thailand(lao_a):
    brief = make_brief(lao_a, latitude=Decimal("13.756331"), longitude=Decimal("100.501765"))
    brief.full_clean()
    assert brief.coordinates == "13.75633, 100.50177"


@pytest.mark.django_db
def test_english_translation(lao_a, villages_a, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        brief = create_demo_problem_brief(lao_a)
    english = brief.get_translations().get().specific

    response = client.get(english.url, HTTP_HOST=host_of(lao_a))

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text() == "Main road of Village 3 floods every rainy season"
    text = soup.main.get_text(" ", strip=True)
    assert "320 households" in text and "Village 3 บ้านนาหลวง" in text
