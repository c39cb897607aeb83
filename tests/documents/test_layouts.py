"""Layouts: the ผ.02 and referrals layouts ship as data DLA staff edit in the admin, and a changed
layout changes every format's output without a code change."""

import csv
import io

from django.urls import reverse

import openpyxl
import pytest

from planning.documents import PLAN, REFERRALS, plan_context, referrals_context
from portal.documents.layouts import layout_table, sample_rows
from portal.documents.models import ExportLayout, ExportLayoutColumn
from portal.documents.tables import render_table
from tests.conftest import staff_login

from .conftest import comparable, pdf_pages_text

OFFICIAL_PLAN_HEADINGS = [
    "ลำดับ", "โครงการ", "วัตถุประสงค์", "เป้าหมาย (ผลผลิตของโครงการ)",
    "งบประมาณ 2566 (บาท)", "งบประมาณ 2567 (บาท)", "งบประมาณ 2568 (บาท)", "งบประมาณ 2569 (บาท)",
    "งบประมาณ 2570 (บาท)", "ตัวชี้วัด (KPI)", "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก",
]


def csv_rows(table):
    return list(csv.reader(io.StringIO(render_table(table, "csv").content.decode("utf-8-sig"))))


def plan_layout():
    return ExportLayout.objects.get(kind="plan", is_default=True)


@pytest.mark.django_db
def test_default_plan_layout_has_the_columns_of_the_official_form(lao_a):
    table = layout_table("plan", sample_rows("plan"), plan_context(lao_a, 2566))

    rows = csv_rows(table)
    assert rows[0] == OFFICIAL_PLAN_HEADINGS
    assert rows[1][:5] == ["1", "ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านน้ำใส หมู่ที่ 3",
                           "เพื่อให้ประชาชนสัญจรไปมาได้สะดวกและปลอดภัย",
                           "ถนนกว้าง 5 เมตร ยาว 1,200 เมตร หนา 0.15 เมตร", "1500000"]
    assert table.title_lines == [
        "รายละเอียดโครงการพัฒนา", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "องค์การบริหารส่วนตำบลอ่าวนาง",
    ]
    assert table.corner_label == "ผ 02"


@pytest.mark.django_db
def test_the_shipped_layouts_match_the_built_in_defaults(lao_a):
    """The data migration froze the defaults: both give the same document until DLA staff edit it."""
    for kind, context in ((PLAN, plan_context(lao_a, 2566)), (REFERRALS, referrals_context(lao_a))):
        from_data = layout_table(kind.code, sample_rows(kind.code), context)
        ExportLayout.objects.filter(kind=kind.code).delete()
        built_in = layout_table(kind.code, sample_rows(kind.code), context)
        assert csv_rows(from_data) == csv_rows(built_in)
        assert from_data.title_lines == built_in.title_lines


@pytest.mark.django_db
def test_referrals_layout_in_english(lao_a, english):
    table = layout_table("referrals", sample_rows("referrals"), referrals_context(lao_a))
    sheet = openpyxl.load_workbook(io.BytesIO(render_table(table, "xlsx").content)).active
    assert sheet["A1"].value.startswith("Citizens' ideas referred to other agencies")
    assert sheet["A2"].value == "Ao Nang Subdistrict Administrative Organisation"
    assert [c.value for c in sheet[5]] == [
        "No.", "Idea", "Village", "Function", "Referred to", "Referred on", "Status", "Note",
    ]


@pytest.mark.django_db
def test_a_changed_layout_changes_every_format(lao_a):
    layout = plan_layout()
    layout.columns.filter(key__in=["objective", "target_output", "expected_result"]).delete()
    layout.columns.filter(key="kpi").update(heading_th="ตัวชี้วัดความสำเร็จ")
    ExportLayoutColumn.objects.create(layout=layout, key="village", heading_th="", sort_order=-1)
    layout.columns.filter(key__startswith="budget_year_").update(group_th="งบประมาณและที่มา")
    layout.title_th = "บัญชีโครงการ {authority}"
    layout.save()

    table = layout_table("plan", sample_rows("plan"), plan_context(lao_a, 2566))

    assert csv_rows(table)[0] == [
        "หมู่บ้าน", "ลำดับ", "โครงการ", *(f"งบประมาณและที่มา {year} (บาท)" for year in range(2566, 2571)),
        "ตัวชี้วัดความสำเร็จ", "หน่วยงานรับผิดชอบหลัก",
    ]
    sheet = openpyxl.load_workbook(io.BytesIO(render_table(table, "xlsx").content)).active
    assert sheet["A2"].value == "บัญชีโครงการ องค์การบริหารส่วนตำบลอ่าวนาง"
    assert sheet["D4"].value == "งบประมาณและที่มา" and sheet["A6"].value == "หมู่ที่ 3 บ้านน้ำใส"
    text = comparable(pdf_pages_text(render_table(table, "pdf").content)[0])
    assert comparable("ตัวชี้วัดความสำเร็จ") in text
    assert comparable("วัตถุประสงค์") not in text


@pytest.mark.django_db
def test_a_layout_named_by_the_exporting_code_wins_and_must_be_of_its_kind(lao_a):
    short = ExportLayout.objects.create(name="สั้น", kind="plan", is_default=False)
    ExportLayoutColumn.objects.create(layout=short, key="project", sort_order=0)
    table = layout_table("plan", sample_rows("plan"), plan_context(lao_a, 2566), layout=short)
    assert csv_rows(table)[0] == ["โครงการ"]
    with pytest.raises(ValueError, match="is for 'plan', not 'referrals'"):
        layout_table("referrals", [], layout=short)


@pytest.mark.django_db
def test_without_any_layout_the_built_in_default_is_used(lao_a):
    ExportLayout.objects.all().delete()
    assert csv_rows(layout_table("plan", [], plan_context(lao_a, 2566)))[0] == OFFICIAL_PLAN_HEADINGS


@pytest.mark.django_db
def test_a_layout_whose_columns_are_all_gone_falls_back_to_the_default(lao_a):
    plan_layout().columns.all().delete()
    assert csv_rows(layout_table("plan", [], plan_context(lao_a, 2566)))[0] == OFFICIAL_PLAN_HEADINGS


@pytest.mark.django_db
def test_ticking_use_for_this_document_unticks_the_other_layout():
    first = plan_layout()
    second = ExportLayout.objects.create(name="ผ.02 ฉบับปรับปรุง", kind="plan", is_default=True)
    first.refresh_from_db()
    assert not first.is_default and ExportLayout.objects.default_for("plan") == second
    assert ExportLayout.objects.default_for("referrals").kind == "referrals"


@pytest.mark.django_db
def test_no_plan_projects_gives_a_document_saying_so(lao_a):
    rows = csv_rows(layout_table("plan", [], plan_context(lao_a, 2566)))
    assert rows[1][0] == "ยังไม่มีโครงการในแผน"


# The admin ---------------------------------------------------------------------------------------
def edit_url(layout):
    return reverse("wagtailsnippets_documents_exportlayout:edit", args=[layout.pk])


def form_data(layout, **changes):
    columns = list(layout.columns.all())
    data = {
        "name": layout.name, "kind": layout.kind, "is_default": "on" if layout.is_default else "",
        "title_th": layout.title_th, "title_en": layout.title_en, "corner_label": layout.corner_label,
        "columns-TOTAL_FORMS": str(len(columns)), "columns-INITIAL_FORMS": str(len(columns)),
        "columns-MIN_NUM_FORMS": "1", "columns-MAX_NUM_FORMS": "1000",
    }
    for n, column in enumerate(columns):
        data.update({
            f"columns-{n}-id": str(column.pk), f"columns-{n}-ORDER": str(n + 1), f"columns-{n}-DELETE": "",
            f"columns-{n}-key": column.key, f"columns-{n}-heading_th": column.heading_th,
            f"columns-{n}-heading_en": column.heading_en, f"columns-{n}-group_th": column.group_th,
            f"columns-{n}-group_en": column.group_en, f"columns-{n}-width": str(column.width or ""),
        })
    data.update(changes)
    return data


@pytest.mark.django_db
def test_dla_staff_rename_and_remove_columns_in_the_admin(admin_client):
    layout = plan_layout()
    keys = list(layout.columns.values_list("key", flat=True))
    objective = keys.index("objective")

    response = admin_client.post(edit_url(layout), form_data(layout, **{
        f"columns-{keys.index('kpi')}-heading_th": "ตัวชี้วัด",
        f"columns-{objective}-DELETE": "1",
    }))

    assert response.status_code == 302, response.content.decode()[:2000]
    assert "objective" not in layout.columns.values_list("key", flat=True)
    assert layout.columns.get(key="kpi").heading_th == "ตัวชี้วัด"


@pytest.mark.django_db
@pytest.mark.parametrize("changes, message", [
    ({"columns-1-key": "idea_title"}, "ข้อมูลนี้ไม่อยู่ในเอกสาร"),
    ({"columns-1-key": "row_number"}, "ข้อมูลนี้เป็นคอลัมน์ในรูปแบบนี้อยู่แล้ว"),
    ({"columns-4-heading_th": "{year_9} (บาท)"}, "ไม่รู้จักช่องแทนค่า {year_9}"),
    ({"title_th": "แผนพัฒนา {first_year"}, "วงเล็บปีกกาต้องมีเปิดและปิดคู่กัน"),
])
def test_the_admin_refuses_a_broken_layout_in_thai_and_keeps_the_old_one(admin_client, changes, message):
    layout = plan_layout()
    before = list(layout.columns.values_list("key", "heading_th"))

    response = admin_client.post(edit_url(layout), form_data(layout, **changes))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(layout.columns.values_list("key", "heading_th")) == before


@pytest.mark.django_db
def test_a_layout_without_columns_is_refused(admin_client):
    layout = plan_layout()
    data = form_data(layout)
    for n in range(layout.columns.count()):
        data[f"columns-{n}-DELETE"] = "1"
    response = admin_client.post(edit_url(layout), data)
    assert response.status_code == 200
    assert layout.columns.count() == 12


@pytest.mark.django_db
def test_lao_staff_see_layouts_but_cannot_change_them(client, lao_a, make_member):
    staff_login(client, make_member(lao_a, "officers"))
    layout = plan_layout()
    assert client.get(reverse("wagtailsnippets_documents_exportlayout:list")).status_code == 200
    assert client.post(edit_url(layout), form_data(layout, name="ของ อบต.")).status_code == 403
    layout.refresh_from_db()
    assert layout.name == "ผ.02 รายละเอียดโครงการพัฒนา"


@pytest.mark.django_db
@pytest.mark.parametrize("format", ["csv", "xlsx", "pdf"])
def test_sample_files_show_a_layout_before_anyone_exports(admin_client, format):
    layout = plan_layout()
    assert reverse("documents_layout_sample", args=[layout.pk, format]) in admin_client.get(
        edit_url(layout)).content.decode()

    response = admin_client.get(reverse("documents_layout_sample", args=[layout.pk, format]))

    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f".{format}")
    assert "%E0%B8%95%E0%B8%B1%E0%B8%A7%E0%B8%AD%E0%B8%A2%E0%B9%88%E0%B8%B2%E0%B8%87" in (
        response["Content-Disposition"])  # "ตัวอย่าง" (sample) in the Thai filename
    assert admin_client.get(reverse("documents_layout_sample", args=[layout.pk, "docx"])).status_code == 404
