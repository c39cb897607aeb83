"""Provision one LAO by its DLA code: register it from the registry if needed, then provision."""

from django.core.management.base import BaseCommand, CommandError

from portal.tenancy.models import Authority
from portal.tenancy.provisioning import provision, provision_central_site, register
from portal.tenancy.registry import DLA_CODE_RE, REGISTRY_PATH, RegistryError, find_in_registry


class Command(BaseCommand):
    help = "Provision one LAO (site, Thai and English home pages, collection, groups) by DLA code."

    def add_arguments(self, parser):
        parser.add_argument("dla_code", help="7-digit DLA code, e.g. 2810101")
        parser.add_argument("--name-en", default="", help="English name (without the kind)")
        parser.add_argument("--slug", default=None, help="hostname label, e.g. krabi-pao")
        parser.add_argument("--registry", default=str(REGISTRY_PATH), help="registry CSV to look in")

    def handle(self, *args, dla_code, name_en, slug, registry, **options):
        if not DLA_CODE_RE.match(dla_code):
            raise CommandError(f"DLA code {dla_code!r} is not 7 digits.")
        provision_central_site()
        authority = Authority.objects.filter(dla_code=dla_code).first()
        if authority is None or name_en:
            try:
                row = find_in_registry(dla_code, registry)
            except RegistryError as error:
                raise CommandError(str(error)) from None
            authority, _ = register(row, name_en=name_en, slug=slug)
        result = provision(authority)
        hostname = result.authority.site.hostname
        if result.changed:
            self.stdout.write(
                self.style.SUCCESS(f"{dla_code} {authority}: created {', '.join(result.created)} → {hostname}")
            )
        else:
            self.stdout.write(f"{dla_code} {authority}: already provisioned → {hostname}")
