"""Referrals: the list per LAO, status changes logged and told to the author, CSV and XLSX exports."""

import csv
import io

from django.core import mail
from django.test import Client
from django.urls import reverse

import openpyxl
import pytest

from planning import triage
from planning.models import Referral, ReferralStatus, TriageOutcome

from .conftest import public_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def referred(page_a, make_idea, officer, outside, villages, django_capture_on_commit_callbacks):
    highway = make_idea(page_a, "ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน", village=villages[1], estimated_cost=2_500_000)
    police = make_idea(page_a, "ขอตู้ยามตำรวจหน้าตลาด")
    with django_capture_on_commit_callbacks(execute=True):
        triage.decide(highway, TriageOutcome.REFER, by=officer, function=outside, referral_level="district",
                      note="ทางหลวงแผ่นดิน ส่งแขวงทางหลวงผ่านแผนอำเภอ")
        triage.decide(police, TriageOutcome.REFER, by=officer, function=outside, referral_level="agency",
                      agency="สถานีตำรวจภูธรอ่าวนาง", note="งานของตำรวจ")
    mail.outbox.clear()
    return highway, police


def test_the_list_shows_target_date_and_status(client, referred):
    html = client.get(reverse("planning_referrals")).content.decode()
    for text in ("ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน", "แผนพัฒนาอำเภอ (ONE PLAN)", "สถานีตำรวจภูธรอ่าวนาง",
                 "26 พฤศจิกายน 2569", "ส่งแล้ว"):
        assert text in html
    assert "ขอตู้ยามตำรวจ" not in client.get(reverse("planning_referrals"), {"status": "included"}).content.decode()


def test_a_status_change_is_logged_and_the_author_and_public_see_it(client, officer, referred, page_a,
                                                                    django_capture_on_commit_callbacks):
    highway, _ = referred
    referral = Referral.objects.get(idea=highway)
    url = reverse("planning_referral", args=[referral.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"status": "acknowledged", "note": "อำเภอรับเรื่อง หนังสือที่ กบ 0023/123"})
        client.post(url, {"status": "included", "note": "บรรจุในแผนพัฒนาอำเภอ 2571"})
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.INCLUDED
    assert [(u.from_status, u.to_status, u.by) for u in referral.updates.all()] == [
        ("", "sent", officer), ("sent", "acknowledged", officer), ("acknowledged", "included", officer)]
    assert [m.to for m in mail.outbox] == [[highway.author.email]] * 2
    assert "บรรจุในแผนพัฒนาพื้นที่แล้ว" in mail.outbox[1].body and "บรรจุในแผนพัฒนาอำเภอ 2571" in mail.outbox[1].body
    history = client.get(url).content.decode()
    assert "หนังสือที่ กบ 0023/123" in history and "officer-a" in history
    assert "สถานะ: บรรจุในแผนพัฒนาพื้นที่แล้ว" in public_html(Client(), page_a, highway)


def test_an_unknown_status_changes_nothing(client, referred):
    referral = Referral.objects.first()
    response = client.post(reverse("planning_referral", args=[referral.pk]), {"status": "lost"})
    assert response.status_code == 200 and "ยังไม่ได้เปลี่ยนสถานะ" in response.content.decode()
    assert referral.updates.count() == 1 and not mail.outbox


def test_csv_export_has_the_referrals_in_thai(client, referred, lao_a):
    response = client.get(reverse("planning_referrals_export", args=["csv"]))
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = next(row for row in rows if "เรื่องที่เสนอ" in row)
    data = rows[rows.index(header) + 1:]
    assert header == ["ลำดับ", "เรื่องที่เสนอ", "หมู่บ้าน", "ด้าน", "ส่งต่อถึง", "วันที่ส่งต่อ", "สถานะ", "หมายเหตุ"]
    by_title = {row[1]: row for row in data}
    highway = by_title["ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน"]
    assert highway[2] == "หมู่ที่ 2 บ้านคลองแห้ง" and highway[4] == "แผนพัฒนาอำเภอ (ONE PLAN)"
    assert highway[5] == "26 พ.ย. 2569" and highway[6] == "ส่งแล้ว"
    assert highway[7] == "ทางหลวงแผ่นดิน ส่งแขวงทางหลวงผ่านแผนอำเภอ"
    assert by_title["ขอตู้ยามตำรวจหน้าตลาด"][4] == "สถานีตำรวจภูธรอ่าวนาง"
    assert len(data) == 2


def test_xlsx_export_reads_back_with_openpyxl(client, referred, lao_a):
    response = client.get(reverse("planning_referrals_export", args=["xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    flat = [str(v) for row in values for v in row if v is not None]
    assert any(lao_a.name_th in v for v in flat)
    assert "ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน" in flat and "สถานีตำรวจภูธรอ่าวนาง" in flat
    header = next(row for row in values if "ส่งต่อถึง" in row)
    assert header[:3] == ["ลำดับ", "เรื่องที่เสนอ", "หมู่บ้าน"]


def test_a_referral_decided_again_leaves_the_list(client, officer, referred, roads):
    highway, police = referred
    triage.decide(highway, TriageOutcome.WITHIN, by=officer, function=roads, route="plan")
    html = client.get(reverse("planning_referrals")).content.decode()
    assert "ขยายไหล่ทางหลวง" not in html and "ขอตู้ยามตำรวจ" in html


def test_pdf_export_has_the_thai_text(client, referred):
    from tests.documents.conftest import comparable, pdf_pages_text, save_artifact

    response = client.get(reverse("planning_referrals_export", args=["pdf"]))
    save_artifact("referrals-officers.pdf", response.content)
    text = comparable("".join(pdf_pages_text(response.content)))
    assert comparable("ขยายไหล่ทางหลวง 4203 หน้าโรงเรียน") in text and comparable("สถานีตำรวจภูธรอ่าวนาง") in text
