"""Checking a ballot against its rules and casting it: once per person, final once cast."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ballots.models import BallotChannel, BallotRule, CastBallot, VoterStanding
from portal.templatetags.thai_dates import baht

from . import keys


class BallotError(ValueError):
    """The ballot breaks a rule; the message says which, in words a voter understands."""


class AlreadyVoted(Exception):
    """This person (account or national ID) has a ballot already."""


@dataclass
class Choice:
    projects: list  # BallotProject, in ballot order
    total: Decimal

    @property
    def ids(self):
        return [project.pk for project in self.projects]


def parse_ids(values):
    """Project ids from form values; anything that is not a number is an error, not ignored."""
    ids = []
    for value in values:
        try:
            ids.append(int(value))
        except (TypeError, ValueError):
            raise BallotError(_("A project you chose is not on this ballot.")) from None
    return list(dict.fromkeys(ids))


def check(ballot, project_ids, projects=None):
    """The valid choice for ``project_ids`` on ``ballot``, or BallotError saying what is wrong."""
    projects = list(ballot.projects.all()) if projects is None else projects
    by_id = {project.pk: project for project in projects}
    ids = parse_ids(project_ids)
    if any(pk not in by_id for pk in ids):
        raise BallotError(_("A project you chose is not on this ballot."))
    chosen = [project for project in projects if project.pk in set(ids)]
    total = sum((project.cost for project in chosen), Decimal(0))
    minimum = max(ballot.min_choices or 0, 1)
    if len(chosen) < minimum:
        raise BallotError(ngettext(
            "Choose at least %(count)d project.", "Choose at least %(count)d projects.", minimum,
        ) % {"count": minimum})
    if ballot.ballot_rule == BallotRule.APPROVE_K and ballot.max_choices and len(chosen) > ballot.max_choices:
        raise BallotError(ngettext(
            "Choose at most %(count)d project.", "Choose at most %(count)d projects.", ballot.max_choices,
        ) % {"count": ballot.max_choices})
    if ballot.ballot_rule == BallotRule.KNAPSACK and total > ballot.budget:
        raise BallotError(
            _("Your choices cost %(total)s, more than the budget of %(budget)s: remove a project and try again.")
            % {"total": baht(total), "budget": baht(ballot.budget)}
        )
    return Choice(chosen, total)


def standing_of(decision):
    standing = decision.standing
    if standing is None:
        return VoterStanding.UNVERIFIED
    return VoterStanding.LOCAL if standing.kind == "local" else VoterStanding.OUTSIDER


def cast_online(ballot, user, choice, standing):
    """Store the person's ballot; AlreadyVoted when they (or their national ID) voted already."""
    id_hash = keys.account_id_hash(user)
    try:
        with transaction.atomic():
            return CastBallot.objects.create(
                ballot=ballot,
                projects=choice.ids,
                standing=standing,
                channel=BallotChannel.ONLINE,
                voter_key=keys.voter_key(ballot, user),
                id_key=keys.id_key(ballot, id_hash) if id_hash else "",
            )
    except IntegrityError:
        raise AlreadyVoted from None


def cast_paper(ballot, choice, *, national_id_hash, standing, forum_date, forum_place, entered_by):
    """Store a paper ballot from an onsite forum, refusing a person already counted (online or paper)."""
    from portal.identity.models import IdentityRecord

    account = IdentityRecord.objects.filter(id_hash=national_id_hash).select_related("user").first()
    try:
        with transaction.atomic():
            return CastBallot.objects.create(
                ballot=ballot,
                projects=choice.ids,
                standing=standing,
                channel=BallotChannel.PAPER,
                voter_key=keys.voter_key(ballot, account.user) if account else "",
                id_key=keys.id_key(ballot, national_id_hash),
                forum_date=forum_date,
                forum_place=forum_place,
                entered_by=entered_by,
            )
    except IntegrityError:
        raise AlreadyVoted from None


def has_voted(ballot, user):
    if ballot is None or not user.is_authenticated:
        return False
    return CastBallot.objects.filter(ballot=ballot, voter_key=keys.voter_key(ballot, user)).exists()
