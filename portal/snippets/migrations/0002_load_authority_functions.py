import csv
from pathlib import Path

from django.db import migrations

FUNCTIONS = Path(__file__).resolve().parent.parent / "data" / "authority_functions.csv"


def load(apps, schema_editor):
    AuthorityFunction = apps.get_model("snippets", "AuthorityFunction")
    with open(FUNCTIONS, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            AuthorityFunction.objects.update_or_create(
                code=row["code"],
                defaults={
                    "sort_order": int(row["sort_order"]),
                    "within_lao_authority": row["within_lao_authority"] == "yes",
                    "name_th": row["name_th"],
                    "name_en": row["name_en"],
                    "legal_reference": row["legal_reference"],
                    "description": row["description"],
                },
            )


class Migration(migrations.Migration):
    dependencies = [("snippets", "0001_authority_functions_and_screening_words")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
