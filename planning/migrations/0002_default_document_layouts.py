"""The layouts DLA staff start from: the ผ.02 plan table and the referrals list, editable in the admin.

The two kinds of document are the planning app's (``planning/documents.py``), so their layouts
are seeded here. The data is written out (not read from the code) so that this migration keeps
doing the same thing when the code's defaults change later.
"""

from django.db import migrations

PLAN_COLUMNS = [
    ("row_number", "ลำดับ", "No.", "", "", 7),
    ("project", "โครงการ", "Project", "", "", 28),
    ("objective", "วัตถุประสงค์", "Objective", "", "", 26),
    ("target_output", "เป้าหมาย (ผลผลิตของโครงการ)", "Target (project output)", "", "", 22),
    *(
        (f"budget_year_{n}", f"{{year_{n}}} (บาท)", f"{{year_{n}}} (baht)", "งบประมาณ", "Budget", 12)
        for n in range(1, 6)
    ),
    ("kpi", "ตัวชี้วัด (KPI)", "Indicator (KPI)", "", "", 18),
    ("expected_result", "ผลที่คาดว่าจะได้รับ", "Expected result", "", "", 22),
    ("responsible_unit", "หน่วยงานรับผิดชอบหลัก", "Responsible unit", "", "", 14),
]
REFERRAL_COLUMNS = [
    ("row_number", "ลำดับ", "No.", "", "", 7),
    ("idea_title", "เรื่องที่เสนอ", "Idea", "", "", 30),
    ("village", "หมู่บ้าน", "Village", "", "", 14),
    ("authority_function", "ด้าน", "Function", "", "", 18),
    ("target", "ส่งต่อถึง", "Referred to", "", "", 24),
    ("referred_on", "วันที่ส่งต่อ", "Referred on", "", "", 12),
    ("status", "สถานะ", "Status", "", "", 16),
    ("note", "หมายเหตุ", "Note", "", "", 24),
]
LAYOUTS = [
    {
        "name": "ผ.02 รายละเอียดโครงการพัฒนา",
        "kind": "plan",
        "title_th": "รายละเอียดโครงการพัฒนา\nแผนพัฒนาท้องถิ่น (พ.ศ. {first_year} - {last_year})\n{authority}",
        "title_en": "Development projects\nLocal development plan ({first_year}–{last_year})\n{authority}",
        "corner_label": "ผ 02",
        "columns": PLAN_COLUMNS,
    },
    {
        "name": "บัญชีข้อเสนอที่ส่งต่อหน่วยงานอื่น",
        "kind": "referrals",
        "title_th": "บัญชีข้อเสนอของประชาชนที่ส่งต่อหน่วยงานอื่นและแผนพัฒนาพื้นที่ (ONE PLAN)\n{authority}\n"
                    "ข้อมูล ณ วันที่ {date}",
        "title_en": "Citizens' ideas referred to other agencies and the area plan (ONE PLAN)\n{authority}\nAs of {date}",
        "corner_label": "",
        "columns": REFERRAL_COLUMNS,
    },
]


def create_layouts(apps, schema_editor):
    ExportLayout = apps.get_model("documents", "ExportLayout")
    ExportLayoutColumn = apps.get_model("documents", "ExportLayoutColumn")
    for spec in LAYOUTS:
        if ExportLayout.objects.filter(kind=spec["kind"], is_default=True).exists():
            continue
        layout = ExportLayout.objects.create(
            name=spec["name"], kind=spec["kind"], is_default=True,
            title_th=spec["title_th"], title_en=spec["title_en"], corner_label=spec["corner_label"],
        )
        ExportLayoutColumn.objects.bulk_create(
            ExportLayoutColumn(
                layout=layout, sort_order=n, key=key, heading_th=heading_th, heading_en=heading_en,
                group_th=group_th, group_en=group_en, width=width,
            )
            for n, (key, heading_th, heading_en, group_th, group_en, width) in enumerate(spec["columns"])
        )


def remove_layouts(apps, schema_editor):
    ExportLayout = apps.get_model("documents", "ExportLayout")
    ExportLayout.objects.filter(name__in=[spec["name"] for spec in LAYOUTS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_export_layouts"),
        ("planning", "0001_triage_referrals_plan_forums_progress"),
    ]

    operations = [migrations.RunPython(create_layouts, remove_layouts)]
