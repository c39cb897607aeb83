"""Count every ballot whose results are due and not counted yet (run daily, e.g. from a timer)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ballots import results
from ballots.models import Ballot, ResultStatus


class Command(BaseCommand):
    help = "Count the ballots whose results are due (the results date, or the day after voting closes)."

    def add_arguments(self, parser):
        parser.add_argument("--recount", type=int, metavar="BALLOT_ID",
                            help="Count this ballot again, even if it was counted (e.g. after paper ballots).")

    def handle(self, *args, recount=None, **options):
        if recount is not None:
            ballot = Ballot.objects.filter(pk=recount).first()
            if ballot is None:
                raise CommandError(f"No ballot {recount}.")
            result = results.recount(ballot)
            self.stdout.write(f"ballot {ballot.pk}: {len(result['selected'])} projects funded" if result else
                              f"ballot {ballot.pk}: being counted elsewhere")
            return
        today = timezone.localdate()
        counted = failed = 0
        for ballot in Ballot.objects.exclude(result_status__in=[ResultStatus.DONE, ResultStatus.COUNTING]):
            page = ballot.consultation()
            due = results.shown_from(page) if page else None
            if due is None or today < due or not results.claim(ballot):
                continue
            try:
                result = results.run_count(ballot)
            except Exception as error:  # reported, and kept on the ballot for the officers
                failed += 1
                self.stderr.write(f"ballot {ballot.pk}: counting failed: {error}")
                continue
            counted += 1
            self.stdout.write(f"ballot {ballot.pk}: {result['ballots']} ballots, "
                              f"{len(result['selected'])} projects funded")
        self.stdout.write(f"{counted} counted, {failed} failed")
        if failed:
            raise CommandError(f"{failed} ballot(s) could not be counted")
