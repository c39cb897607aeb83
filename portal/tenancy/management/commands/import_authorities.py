"""Register and provision LAOs in bulk from a DLA registry CSV; safe to run again."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tqdm import tqdm

from portal.tenancy.bulk import ProvisioningFailed, provision_many
from portal.tenancy.models import Authority, Province
from portal.tenancy.provisioning import provision_central_site, register_many
from portal.tenancy.registry import RegistryError, read_registry


class Command(BaseCommand):
    help = (
        "Import LAOs from a CSV in the DLA registry format (dla_code, name_th, kind, province_code, "
        "district_name_th, lat, lon, area_km2). Every row is checked first: one bad row stops the "
        "import before anything is written. Then each LAO is registered and provisioned."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv", help="path to the registry CSV")
        parser.add_argument(
            "--register-only", action="store_true",
            help="record the LAOs in the directory without creating their sites",
        )
        parser.add_argument("--limit", type=int, default=None, help="only the first N rows")
        parser.add_argument("--kind", default=None, help="only LAOs of this kind")
        parser.add_argument("--province", default=None, help="only LAOs of this province code")
        parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    def handle(self, *args, csv, register_only, limit, kind, province, no_progress, **options):
        province_codes = set(Province.objects.values_list("code", flat=True))
        try:
            rows = read_registry(csv, province_codes)
        except FileNotFoundError:
            raise CommandError(f"{csv}: no such file") from None
        except UnicodeDecodeError:
            raise CommandError(f"{csv}: not a UTF-8 text file") from None
        except RegistryError as error:
            raise CommandError(f"{csv}: {error}. Nothing was imported.") from None
        rows = [r for r in rows if (not kind or r.kind == kind) and (not province or r.province_code == province)]
        rows = rows[:limit] if limit else rows

        provision_central_site()
        with transaction.atomic():
            registered, updated = register_many(rows)
        self.stdout.write(
            f"Registered {registered} new LAO(s), updated {updated}; "
            f"{len(rows) - registered - updated} unchanged."
        )
        if register_only:
            return

        todo = Authority.objects.filter(dla_code__in=[r.dla_code for r in rows]).order_by("dla_code")
        with tqdm(total=len(rows), desc="provision", unit="LAO", disable=no_progress) as progress:
            try:
                provisioned = provision_many(todo.iterator(), progress=progress)
            except ProvisioningFailed as failed:
                raise CommandError(f"{failed} The other LAOs were provisioned; run the import again to retry.") from None
        self.stdout.write(
            self.style.SUCCESS(f"Provisioned {provisioned} LAO(s); {len(rows) - provisioned} were already complete.")
        )
