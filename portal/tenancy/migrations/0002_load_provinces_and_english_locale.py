import csv
from pathlib import Path

from django.db import migrations

PROVINCES = Path(__file__).resolve().parent.parent / "data" / "provinces.csv"


def load(apps, schema_editor):
    Province = apps.get_model("tenancy", "Province")
    Locale = apps.get_model("wagtailcore", "Locale")
    with open(PROVINCES, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            Province.objects.update_or_create(
                code=row["code"], defaults={"name_th": row["name_th"], "name_en": row["name_en"]}
            )
    Locale.objects.get_or_create(language_code="th")
    Locale.objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [
        ("tenancy", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
