import csv
from pathlib import Path

from django.db import migrations

STARTER_LIST = Path(__file__).resolve().parent.parent / "data" / "starter_screening_words.csv"


def seed(apps, schema_editor):
    """The DLA's starter list: added where missing, never overwriting what the DLA changed."""
    ScreeningWord = apps.get_model("snippets", "ScreeningWord")
    with open(STARTER_LIST, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ScreeningWord.objects.get_or_create(
                word=row["word"], authority=None,
                defaults={"category": row["category"], "note": row["note"], "active": True},
            )


class Migration(migrations.Migration):
    dependencies = [("snippets", "0002_load_authority_functions")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
