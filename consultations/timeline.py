"""A consultation's timeline: its state on a given day, and its checks against the Thai calendar.

Pure functions over dates, independent of Django models, so the rules can be tested alone.
The phases run in this order: idea collection → screening → voting → results → implementation.
Idea collection is required; the others are optional. Dates are whole days, ends inclusive.

The plan and budget calendar (see docs/consultations.md): fiscal year N (BE) runs from 1
October of year N−1 to 30 September of year N; the executive submits the draft budget
ordinance to the council by 15 August of year N−1. A consultation that feeds fiscal year N
must have closed its idea and voting phases by then.
"""

import datetime
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.templatetags.thai_dates import BE_OFFSET, fiscal_year_of, thai_date

BUDGET_SUBMISSION_DAY = (8, 15)  # 15 August: the draft budget ordinance goes to the council


class State(models.TextChoices):
    UPCOMING = "upcoming", gettext_lazy("upcoming")
    IDEAS = "ideas", gettext_lazy("open for ideas")
    SCREENING = "screening", gettext_lazy("screening")
    VOTING = "voting", gettext_lazy("voting")
    CLOSED = "closed", gettext_lazy("closed")
    IMPLEMENTING = "implementing", gettext_lazy("implementing")


@dataclass(frozen=True)
class Timeline:
    ideas_start: datetime.date | None
    ideas_end: datetime.date | None
    screening_end: datetime.date | None = None
    voting_start: datetime.date | None = None
    voting_end: datetime.date | None = None
    results_date: datetime.date | None = None
    implementation_start: datetime.date | None = None
    implementation_end: datetime.date | None = None

    @property
    def has_voting(self):
        return self.voting_start is not None and self.voting_end is not None

    @property
    def participation_end(self):
        """The last day people can still take part: the end of voting, or of idea collection."""
        return self.voting_end if self.has_voting else self.ideas_end

    def state_on(self, day):
        if self.ideas_start is None or self.ideas_end is None or day < self.ideas_start:
            return State.UPCOMING
        if day <= self.ideas_end:
            return State.IDEAS
        if self.has_voting and self.voting_start <= day <= self.voting_end:
            return State.VOTING
        if self.implementation_start and day >= self.implementation_start:
            if self.implementation_end is None or day <= self.implementation_end:
                return State.IMPLEMENTING
            return State.CLOSED
        if self.has_voting and day < self.voting_start:
            return State.SCREENING
        if not self.has_voting and self.screening_end and day <= self.screening_end:
            return State.SCREENING
        return State.CLOSED

    def errors(self):
        """Out-of-order or incomplete phases: {field name: message}. These block publishing."""
        errors = {}

        def check(field, ok, message):
            if not ok and field not in errors:
                errors[field] = message

        if self.ideas_start and self.ideas_end:
            check("ideas_end", self.ideas_end >= self.ideas_start,
                  _("Idea collection must end on or after the day it starts."))
        if self.screening_end and self.ideas_end:
            check("screening_end", self.screening_end > self.ideas_end,
                  _("Screening must end after idea collection ends."))
        if (self.voting_start is None) != (self.voting_end is None):
            missing = "voting_end" if self.voting_end is None else "voting_start"
            errors[missing] = _("Give both the first and the last day of voting, or neither.")
        if self.has_voting:
            if self.ideas_end:
                check("voting_start", self.voting_start > self.ideas_end,
                      _("Voting must start after idea collection ends."))
            if self.screening_end:
                check("voting_start", self.voting_start > self.screening_end,
                      _("Voting must start after screening ends."))
            check("voting_end", self.voting_end >= self.voting_start,
                  _("Voting must end on or after the day it starts."))
        before_results = self.voting_end if self.has_voting else (self.screening_end or self.ideas_end)
        if self.results_date and before_results:
            check("results_date", self.results_date >= before_results,
                  _("Results cannot be announced before voting (or screening) ends."))
        if self.implementation_end and not self.implementation_start:
            errors["implementation_start"] = _("Give the day implementation starts.")
        if self.implementation_start:
            before = self.results_date or before_results
            if before:
                check("implementation_start", self.implementation_start >= before,
                      _("Implementation cannot start before the results are known."))
            if self.implementation_end:
                check("implementation_end", self.implementation_end >= self.implementation_start,
                      _("Implementation must end on or after the day it starts."))
        return errors


def budget_submission_deadline(fiscal_year_be):
    """15 August of the year before fiscal year N (BE), as a Gregorian date."""
    month, day = BUDGET_SUBMISSION_DAY
    return datetime.date(fiscal_year_be - BE_OFFSET - 1, month, day)


def fiscal_year_bounds(fiscal_year_be):
    """First and last day of fiscal year N (BE): 1 October N−1 to 30 September N."""
    end_year = fiscal_year_be - BE_OFFSET
    return datetime.date(end_year - 1, 10, 1), datetime.date(end_year, 9, 30)


def calendar_warnings(timeline, fiscal_year_be, today):
    """Warnings against the plan and budget calendar. They do not block publishing."""
    warnings = []
    if not fiscal_year_be:
        return warnings
    first_day, last_day = fiscal_year_bounds(fiscal_year_be)
    if today > last_day:
        warnings.append(
            _("Fiscal year %(year)s ended on %(end)s: this consultation can no longer feed its budget.")
            % {"year": fiscal_year_be, "end": thai_date(last_day)}
        )
    elif today >= first_day:
        warnings.append(
            _("Fiscal year %(year)s began on %(start)s and its budget ordinance is already in force: "
              "ideas can only feed a budget amendment or the next plan review.")
            % {"year": fiscal_year_be, "start": thai_date(first_day)}
        )
    deadline = budget_submission_deadline(fiscal_year_be)
    closes = timeline.participation_end
    if closes and closes > deadline:
        what = _("Voting") if timeline.has_voting else _("Idea collection")
        warnings.append(
            _("%(what)s closes on %(closes)s, after %(deadline)s, when the draft budget ordinance "
              "for fiscal year %(year)s goes to the council: too late for that budget. Close it "
              "earlier, or choose fiscal year %(next)s.")
            % {"what": what, "closes": thai_date(closes), "deadline": thai_date(deadline),
               "year": fiscal_year_be, "next": fiscal_year_be + 1}
        )
    return warnings


def default_fiscal_year(today=None):
    """The next fiscal year (BE) whose budget is still open to proposals."""
    today = today or datetime.date.today()
    year = fiscal_year_of(today) + 1
    if today > budget_submission_deadline(year):
        year += 1
    return year
