"""Loading the authority-function taxonomy from its CSV (by the data migration and for databases
that were flushed, as transactional tests do)."""

import csv
from pathlib import Path

FUNCTIONS = Path(__file__).resolve().parent / "data" / "authority_functions.csv"


def load_authority_functions(model=None):
    if model is None:
        from .models import AuthorityFunction as model
    with open(FUNCTIONS, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            model.objects.update_or_create(
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
