"""Counting a ballot with the result engine, and what the results block shows.

The count runs once, when the results are due (the consultation's results date, or the day
after voting closes): inline for a small ballot, as a background task for a large one, or
from the ``count_ballots`` command that a daily timer runs. The result is stored on the
ballot as JSON, together with the same count over locals' ballots only. Anyone can recompute
it from the anonymised ``.pb`` file with ``python manage.py pb_result``.
"""

import datetime
import hashlib
import logging
from fractions import Fraction

from django.conf import settings
from django.db import transaction
from django.utils import timezone

import pb
from ballots.models import Ballot, BallotRule, ResultStatus, VoterStanding
from ballots.money import as_decimal

log = logging.getLogger(__name__)

STANDINGS = [VoterStanding.LOCAL, VoterStanding.OUTSIDER, VoterStanding.UNVERIFIED]


def shown_from(page):
    """The first day the results are public (None: the consultation has no vote)."""
    if page.voting_end is None:
        return None
    return page.results_date or page.voting_end + datetime.timedelta(days=1)


def _date(value):
    return value.strftime("%d.%m.%Y") if value else ""


def to_pabulib(ballot, page=None, *, locals_only=False, rows=None):
    """The ballot as an anonymised Pabulib instance: no account, no date, no order of casting.

    Voters are numbered 1..n in the order of a hash of their ballot's keys, which says
    nothing about who they are or when they voted; each row keeps only the standing and
    whether the ballot was cast online or on paper.
    """
    page = page or ballot.consultation()
    projects = list(ballot.projects.select_related("village"))
    if rows is None:
        rows = list(ballot.cast.values_list("projects", "standing", "channel", "voter_key", "id_key"))
    if locals_only:
        rows = [row for row in rows if row[1] == VoterStanding.LOCAL]
    rows = sorted(rows, key=lambda row: hashlib.sha256(f"{row[3]}:{row[4]}".encode()).hexdigest())
    result = ballot.result if ballot.result_status == ResultStatus.DONE and not locals_only else None
    selected = set(result["selected"]) if result else None
    authority = ballot.authority
    meta = {
        "description": page.title if page else "",
        "country": "Thailand",
        "unit": authority.full_name,
        "subunit": authority.dla_code,
        "instance": str(page.fiscal_year) if page else "",
        "num_projects": str(len(projects)),
        "num_votes": str(len(rows)),
        "budget": pb.pabulib.format_number(Fraction(ballot.budget)),
        "vote_type": "approval",
        "rule": ballot.result_rule,
        "date_begin": _date(page.voting_start) if page else "",
        "date_end": _date(page.voting_end) if page else "",
        "min_length": str(max(ballot.min_choices or 0, 1)),
        "language": "th",
        "currency": "THB",
    }
    if ballot.ballot_rule == BallotRule.APPROVE_K and ballot.max_choices:
        meta["max_length"] = str(ballot.max_choices)
    else:
        meta["max_sum_cost"] = meta["budget"]
    if locals_only:
        meta["comment"] = "locals' ballots only"
    votes_per_project = {project.pk: 0 for project in projects}
    for row in rows:
        for pk in row[0]:
            if pk in votes_per_project:
                votes_per_project[pk] += 1
    pb_projects = {}
    for project in projects:
        pid = str(project.pk)
        pb_projects[pid] = pb.Project(
            project_id=pid,
            cost=Fraction(project.cost),
            name=project.title,
            selected=(1 if pid in selected else 0) if selected is not None else None,
            fields={"votes": str(votes_per_project[project.pk]),
                    "village": str(project.village) if project.village else ""},
        )
    pb_votes = [
        pb.Vote(voter_id=str(i), projects=tuple(str(pk) for pk in row[0]),
                fields={"voter_standing": row[1], "voting_method": "paper" if row[2] == "paper" else "internet"})
        for i, row in enumerate(rows, start=1)
    ]
    project_columns = ["project_id", "cost", "name", "votes", "village"]
    if selected is not None:
        project_columns.insert(4, "selected")
    return pb.Instance(meta=meta, projects=pb_projects, votes=pb_votes, project_columns=project_columns,
                       vote_columns=["voter_id", "vote", "voter_standing", "voting_method"])


def _text(value):
    return None if value is None else str(value)


def count(ballot):
    """Compute the result (all ballots, and locals' ballots only) and the tallies, as stored JSON."""
    page = ballot.consultation()
    rows = list(ballot.cast.values_list("projects", "standing", "channel", "voter_key", "id_key"))
    instance = to_pabulib(ballot, page, rows=rows)
    outcome = pb.explain(instance, ballot.result_rule)
    locals_instance = to_pabulib(ballot, page, locals_only=True, rows=rows)
    locals_selected = pb.compute(locals_instance, ballot.result_rule) if locals_instance.votes else []
    tallies = {pid: {"votes": 0, "paper": 0, **{s: 0 for s in STANDINGS}} for pid in instance.projects}
    for projects, standing, channel, *_ in rows:
        for pk in projects:
            tally = tallies.get(str(pk))
            if tally is not None:
                tally["votes"] += 1
                tally[standing] += 1
                tally["paper"] += channel == "paper"
    by_standing = {s: sum(1 for row in rows if row[1] == s) for s in STANDINGS}
    projects = {}
    for pid, reason in outcome.reasons.items():
        projects[pid] = {
            **tallies[pid],
            "selected": pid in outcome.selected,
            "locals_selected": pid in locals_selected,
            "reason": {
                "code": reason.code,
                "position": reason.position,
                "budget_left": _text(reason.budget_left),
                "supporters_money": _text(reason.supporters_money),
                "share_per_supporter": _text(reason.share_per_supporter),
                "threshold": _text(reason.threshold),
            },
        }
    locals_spent = sum((instance.projects[pid].cost for pid in locals_selected), Fraction(0))
    return {
        "rule": ballot.result_rule,
        "budget": str(instance.budget),
        "spent": str(outcome.spent),
        "ballots": len(rows),
        "paper": sum(1 for row in rows if row[2] == "paper"),
        "by_standing": by_standing,
        "selected": list(outcome.selected),
        "locals_selected": list(locals_selected),
        "locals_spent": str(locals_spent),
        "projects": projects,
    }


def claim(ballot):
    """Mark the ballot as being counted; False when another process counts it or has counted it."""
    claimed = Ballot.objects.filter(pk=ballot.pk).exclude(
        result_status__in=[ResultStatus.COUNTING, ResultStatus.DONE]
    ).update(result_status=ResultStatus.COUNTING, result_error="")
    if claimed:
        ballot.result_status = ResultStatus.COUNTING
    return bool(claimed)


def run_count(ballot):
    """Count a claimed ballot and store the result (or the error, so officers see it)."""
    try:
        result = count(ballot)
    except Exception as error:  # stored for officers, then raised for the logs
        Ballot.objects.filter(pk=ballot.pk).update(result_status=ResultStatus.FAILED, result_error=str(error))
        ballot.result_status = ResultStatus.FAILED
        raise
    now = timezone.now()
    with transaction.atomic():
        Ballot.objects.filter(pk=ballot.pk).update(
            result=result, result_status=ResultStatus.DONE, result_computed_at=now, result_error=""
        )
    ballot.result, ballot.result_status, ballot.result_computed_at = result, ResultStatus.DONE, now
    return result


def recount(ballot):
    """Count again (an officer added paper ballots after the count, or a count failed)."""
    Ballot.objects.filter(pk=ballot.pk).update(result_status=ResultStatus.NONE)
    ballot.result_status = ResultStatus.NONE
    if claim(ballot):
        return run_count(ballot)
    return None


def published_result(ballot, page, today=None):
    """The stored result once results are due; counts now (or starts the count) if needed.

    None while results are not due, or while a large ballot is being counted in the background.
    """
    today = today or timezone.localdate()
    first_day = shown_from(page)
    if first_day is None or today < first_day:
        return None
    if ballot.result_status == ResultStatus.DONE:
        return ballot.result
    if ballot.result_status in (ResultStatus.NONE, ResultStatus.FAILED):
        inline_limit = getattr(settings, "PORTAL_BALLOT_COUNT_INLINE", 2000)
        if ballot.cast.count() <= inline_limit:
            if claim(ballot):
                try:
                    return run_count(ballot)
                except Exception:
                    log.exception("Counting ballot %s failed", ballot.pk)
                    return None
            ballot.refresh_from_db()
            return ballot.result if ballot.result_status == ResultStatus.DONE else None
        if claim(ballot):
            from .tasks import count_ballot  # the task runs run_count: a circle of two, task and caller

            transaction.on_commit(lambda: count_ballot.enqueue(ballot.pk))
    return None


def rows_for(ballot, result, projects):
    """The results block's rows: funded projects first (in order of selection), then the rest by votes."""
    from .explanations import explain

    rows = []
    for project in projects:
        row = result["projects"].get(str(project.pk))
        if row is None:  # a project added after the count: not part of this result
            continue
        rows.append({
            "project": project,
            "votes": row["votes"],
            "local": row[VoterStanding.LOCAL],
            "outsider": row[VoterStanding.OUTSIDER],
            "unverified": row[VoterStanding.UNVERIFIED],
            "paper": row["paper"],
            "selected": row["selected"],
            "locals_selected": row["locals_selected"],
            "explanation": explain(project, row),
        })
    order = {pid: i for i, pid in enumerate(result["selected"])}
    rows.sort(key=lambda r: (not r["selected"], order.get(str(r["project"].pk), 0), -r["votes"], r["project"].pk))
    budget = Fraction(result["budget"])
    spent = Fraction(result["spent"])
    locals_spent = Fraction(result.get("locals_spent", "0"))
    percent = int(spent * 100 / budget) if budget else 0
    return {
        "rows": rows,
        "spent": as_decimal(spent),
        "left": as_decimal(budget - spent),
        "spent_percent": percent,
        "locals_spent": as_decimal(locals_spent),
        "differs_for_locals": set(result["selected"]) != set(result["locals_selected"]),
        "has_unverified": any(r["unverified"] for r in rows),
    }
