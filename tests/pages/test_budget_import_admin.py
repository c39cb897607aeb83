"""The budget import in the Wagtail admin: own LAO only, clear refusals, a draft on success."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup
from openpyxl import Workbook

from portal.pages.models import BudgetSummaryPage
from portal.tenancy.provisioning import translate_page
from tests.conftest import staff_login

ROADS = "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"
GOOD_CSV = f"หมวด,รายการ,จำนวนเงิน,หมายเหตุ\n{ROADS},รางระบายน้ำหมู่ที่ 3,\"1,250,000 บาท\",\n".encode()


def upload(name, data, content_type="text/csv"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def import_url(page):
    return reverse("pages_budget_import", args=[page.pk])


def live_items(page):
    return [line.item for line in BudgetSummaryPage.objects.get(pk=page.pk).budget_lines.all()]


def draft_items(page):
    return [line.item for line in BudgetSummaryPage.objects.get(pk=page.pk).get_latest_revision_as_object().budget_lines.all()]


def page_text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.fixture
def budget_a(make_budget):
    return make_budget(2570, [(ROADS, "ของเดิม", 100)])


@pytest.fixture
def editor_a(lao_a, make_member, client):
    user = make_member(lao_a, "editors")
    staff_login(client, user)
    return user


@pytest.mark.django_db
def test_editor_imports_a_csv_into_a_new_draft(budget_a, editor_a, client):
    assert client.get(import_url(budget_a)).status_code == 200

    response = client.post(import_url(budget_a), {"file": upload("budget.csv", GOOD_CSV)}, follow=True)

    assert response.redirect_chain[0] == (reverse("wagtailadmin_pages:edit", args=[budget_a.pk]), 302)
    assert "นำเข้ารายการงบประมาณ 1 รายการเป็นฉบับร่างใหม่" in page_text(response)
    assert draft_items(budget_a) == ["รางระบายน้ำหมู่ที่ 3"]
    assert live_items(budget_a) == ["ของเดิม"]  # not published
    page = BudgetSummaryPage.objects.get(pk=budget_a.pk)
    assert page.latest_revision.user == editor_a


@pytest.mark.django_db
def test_editor_imports_an_xlsx(budget_a, editor_a, client):
    workbook = Workbook()
    for row in [["group", "item", "amount", "note"], [ROADS, "ถนนหมู่ที่ 2", 2450000, "กองช่าง"]]:
        workbook.active.append(row)
    data = io.BytesIO()
    workbook.save(data)
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    response = client.post(import_url(budget_a), {"file": upload("budget.xlsx", data.getvalue(), content_type)})

    assert response.status_code == 302
    assert draft_items(budget_a) == ["ถนนหมู่ที่ 2"]


@pytest.mark.django_db
def test_bad_rows_are_listed_and_nothing_is_saved(budget_a, editor_a, client):
    revisions = budget_a.revisions.count()
    bad = f"group,item,amount\n{ROADS},ถนน,100\n{ROADS},ราง,-1\n{ROADS},,5\n".encode()

    response = client.post(import_url(budget_a), {"file": upload("budget.csv", bad)})

    assert response.status_code == 200
    errors = [li.get_text(strip=True) for li in BeautifulSoup(response.content, "html.parser").select(".budget-import-errors li")]
    assert errors == ["แถวที่ 3: จำนวนเงินติดลบ", "แถวที่ 4: ไม่มีชื่อรายการ"]
    assert "ยังไม่ได้นำเข้ารายการใด" in page_text(response)
    assert budget_a.revisions.count() == revisions
    assert draft_items(budget_a) == live_items(budget_a) == ["ของเดิม"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, data, message",
    [
        ("budget.csv", b"group,item,amount\n" + b"x" * (2 * 1024 * 1024), "ไฟล์มีขนาด 2.0"),
        ("budget.pdf", b"%PDF-1.4", "“budget.pdf” ไม่ใช่ไฟล์ CSV (.csv) หรือ Excel (.xlsx)"),
        ("budget.xlsx", b"not a workbook", "ไม่สามารถอ่านไฟล์นี้เป็นสมุดงาน Excel (.xlsx) ได้"),
    ],
    ids=["too-big", "wrong-type", "not-really-xlsx"],
)
def test_files_refused_with_a_clear_message(budget_a, editor_a, client, name, data, message):
    response = client.post(import_url(budget_a), {"file": upload(name, data)})

    assert response.status_code == 200
    assert message in page_text(response)
    assert draft_items(budget_a) == ["ของเดิม"]


@pytest.mark.django_db
def test_editor_of_another_lao_is_refused(budget_a, lao_b, make_member, client):
    staff_login(client, make_member(lao_b, "editors"))

    # Another LAO's page is outside the admin's scope: not found, as if it did not exist.
    assert client.get(import_url(budget_a)).status_code == 404
    assert client.post(import_url(budget_a), {"file": upload("budget.csv", GOOD_CSV)}).status_code == 404
    assert draft_items(budget_a) == ["ของเดิม"]


@pytest.mark.django_db
def test_moderator_without_edit_permission_is_refused(budget_a, lao_a, make_member, client):
    staff_login(client, make_member(lao_a, "moderators"))
    assert client.post(import_url(budget_a), {"file": upload("budget.csv", GOOD_CSV)}).status_code == 403
    assert draft_items(budget_a) == ["ของเดิม"]


@pytest.mark.django_db
def test_only_budget_summaries_can_be_imported_into(lao_a, editor_a, client):
    assert client.get(reverse("pages_budget_import", args=[lao_a.home_page_id])).status_code == 404


@pytest.mark.django_db
def test_a_translation_follows_its_source_and_is_not_imported_into(budget_a, editor_a, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(budget_a, Locale.objects.get(language_code="en"), {budget_a.title: "Budget 2027"})
    english = budget_a.get_translations().get()

    response = client.post(import_url(english), {"file": upload("budget.csv", GOOD_CSV)})

    assert response.status_code == 200
    assert "หน้านี้เป็นฉบับแปล" in page_text(response)
    assert draft_items(english) == ["ของเดิม"]


@pytest.mark.django_db
def test_import_button_in_the_page_header_and_listing(budget_a, lao_a, editor_a, client):
    url = import_url(budget_a)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[budget_a.pk]))
    assert url in edit.content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[lao_a.home_page_id]))
    assert url in listing.content.decode()
    home_edit = client.get(reverse("wagtailadmin_pages:edit", args=[lao_a.home_page_id]))
    assert "/import/" not in home_edit.content.decode()
