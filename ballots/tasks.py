"""Background counting of large ballots (django-tasks; see docs/deployment.md for the worker)."""

from django_tasks import task


@task()
def count_ballot(ballot_id):
    from ballots.models import Ballot, ResultStatus

    from .results import run_count  # results enqueues this task: a circle of two, task and caller

    ballot = Ballot.objects.filter(pk=ballot_id).first()
    if ballot is None or ballot.result_status != ResultStatus.COUNTING:
        return None
    run_count(ballot)
    return ballot.result["selected"]
