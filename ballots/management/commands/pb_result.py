"""``manage.py pb_result FILE.pb [--rule RULE]``: the projects a PB rule selects, one id per line."""

from django.core.management.base import BaseCommand, CommandError

from pb import RULES, PabulibError, UnsupportedError, compute, read
from pb.rules import ALIASES


class Command(BaseCommand):
    help = (
        "Compute the result of a participatory-budgeting election stored as a Pabulib .pb file and "
        "print the selected project ids, one per line, in the order the rule selected them."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to a Pabulib .pb file")
        parser.add_argument(
            "--rule",
            choices=sorted(set(RULES) | set(ALIASES)),
            help="rule to apply (default: the file's META rule)",
        )

    def handle(self, *args, **options):
        try:
            instance = read(options["file"])
            selected = compute(instance, options["rule"])
        except FileNotFoundError as exc:
            raise CommandError(f"no such file: {exc.filename}") from exc
        except (PabulibError, UnsupportedError) as exc:
            raise CommandError(str(exc)) from exc
        for project_id in selected:
            self.stdout.write(project_id)
