"""Time the document layer: the ผ.02 plan table as CSV, XLSX and PDF for 20, 200 and 1,000
projects (the default layout's twelve columns, long Thai texts), and a consultation poster.

No database: the built-in ผ.02 columns and a poster drawn from a made-up context.

    .venv/bin/python bench/documents.py [--repeat 3]
"""

import argparse
import datetime
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SIZES = (20, 200, 1000)


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def plan_rows(count):
    from portal.documents.layouts import sample_rows

    rows = []
    for n in range(count):
        row = dict(sample_rows("plan")[n % 2])
        row["project"] = f"{row['project']} ระยะที่ {n + 1} ตามข้อเสนอของประชาชนในเวทีประชาคมหมู่บ้าน"
        rows.append(row)
    return rows


def timed(function, repeat):
    """Median wall-clock and CPU seconds (CPU time is what a shared machine's load does not inflate)."""
    wall, cpu, size = [], [], 0
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        size = len(function())
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return {"median_s": round(statistics.median(wall), 3), "cpu_s": round(statistics.median(cpu), 3), "bytes": size}


def poster_html():
    import types

    from django.template.loader import render_to_string

    from portal.documents.qr import qr_data_uri

    url = "https://ao-nang-sao.ruamkhit.go.th/roads/"
    page = types.SimpleNamespace(title="ซ่อมถนนสายหลักหมู่ที่ ๓ ก่อนฤดูฝน", question="ถนนสายใดในตำบลควรซ่อมก่อน")
    return render_to_string("documents/poster.html", {
        "page": page, "authority_name": "องค์การบริหารส่วนตำบลอ่าวนาง", "url": url, "qr": qr_data_uri(url),
        "key_dates": [("รับข้อเสนอ", ["1 ธันวาคม 2569", "15 มกราคม 2570"])],
        "budget": "1,250,000 บาท", "steps": ["สแกน", "ลงชื่อเข้าใช้", "เสนอความคิด"],
        "office": {"name": "อบต.อ่าวนาง", "address": "ถนนอ่าวนาง", "phone": "075 637 000", "hours": ""},
    })


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    setup_django()
    from django.utils import translation

    from planning.documents import PLAN, plan_context
    from portal.documents.pdf import html_to_pdf
    from portal.documents.tables import DocumentTable, render_table

    result = {
        "date": datetime.date.today().isoformat(), "repeat": args.repeat, "load_average": os.getloadavg()[0],
        "plan_table": {},
    }
    with translation.override("th"):
        # The first PDF pays for loading WeasyPrint and Pango: reported on its own.
        start = time.perf_counter()
        html_to_pdf("<p>ก</p>")
        result["first_pdf_s"] = round(time.perf_counter() - start, 3)
        for count in SIZES:
            table = DocumentTable(PLAN.title_th, PLAN.default_columns(), plan_rows(count),
                                  plan_context(None, 2566), corner_label=PLAN.corner_label)
            result["plan_table"][count] = {
                format: timed(lambda table=table, format=format: render_table(table, format).content, args.repeat)
                for format in ("csv", "xlsx", "pdf")
            }
        html = poster_html()
        result["poster"] = timed(lambda: html_to_pdf(html), args.repeat)

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"documents-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
