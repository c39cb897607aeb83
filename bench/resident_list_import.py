"""Time a resident list of 100,000 people: reading and checking (CSV and XLSX), then storing.

Uses a PostgreSQL database (``--database-url``; migrated, one LAO provisioned with ten villages,
its resident list replaced on each run). Prints the seconds for each step: what an officer
waits for after the upload bar reaches 100 %.
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup(database_url):
    os.environ.update(DJANGO_SETTINGS_MODULE="portal.settings.dev", DATABASE_URL=database_url, LOG_LEVEL="ERROR")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def timed(label, function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    print(f"{label:<48} {time.perf_counter() - started:7.2f} s")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ruamkhit_verify"))
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    setup(args.database_url)

    from openpyxl import Workbook

    from portal.identity.national_id import check_digit
    from portal.identity.resident_list import parse_resident_file, store_resident_list
    from portal.tenancy.models import Village
    from portal.tenancy.provisioning import ensure_base_data, provision, register
    from portal.tenancy.registry import find_in_registry

    ensure_base_data()
    authority, _ = register(find_in_registry("6810104"), name_en="Ao Nang", slug="ao-nang-sao")
    authority = provision(authority).authority
    for number in range(1, 11):
        Village.objects.get_or_create(authority=authority, number=number, defaults={"name_th": f"หมู่ {number}"})

    ids = []
    for n in range(args.rows):
        first = f"3{n:011d}"
        ids.append(f"{first}{check_digit(first)}")
    csv_data = ("เลขประจำตัวประชาชน,หมู่ที่\n" + "".join(f"{nid},{n % 10 + 1}\n" for n, nid in enumerate(ids))).encode()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["national_id", "village"])
    for n, nid in enumerate(ids):
        sheet.append([nid, n % 10 + 1])
    buffer = io.BytesIO()
    workbook.save(buffer)
    xlsx_data = buffer.getvalue()
    print(f"{args.rows:,} rows: CSV {len(csv_data) / 1e6:.1f} MB, XLSX {len(xlsx_data) / 1e6:.1f} MB")

    parsed = timed("read and check the CSV", parse_resident_file, "list.csv", csv_data, authority)
    assert parsed.ok and len(parsed.entries) == args.rows
    timed("store (replace; list was empty or older)", store_resident_list, authority, parsed)
    timed("store again (replace 100k by 100k)", store_resident_list, authority, parsed)
    timed("store again (add: upsert of 100k)", store_resident_list, authority, parsed, replace=False)
    parsed = timed("read and check the XLSX", parse_resident_file, "list.xlsx", xlsx_data, authority)
    assert parsed.ok and len(parsed.entries) == args.rows

    started = time.perf_counter()
    store_resident_list(authority, parse_resident_file("list.csv", csv_data, authority))
    print(f"{'CSV upload end to end (read, check, replace)':<48} {time.perf_counter() - started:7.2f} s")


if __name__ == "__main__":
    main()
