"""The budget vote of a consultation: its projects, its rules and the ballots cast.

A ballot is secret: a cast ballot keeps the projects chosen, the voter's standing (local or
outsider), whether it was cast online or on paper at a forum, and two keyed hashes that only
serve to refuse a second ballot of the same person (one from the account, one from the
national ID when known). Neither hash can be turned back into a person without the portal's
key, and both are specific to the ballot, so ballots of two consultations cannot be linked.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BallotRule(models.TextChoices):
    KNAPSACK = "knapsack", _("choose any projects whose total cost fits the budget")
    APPROVE_K = "approve_k", _("choose up to a number of projects")


class ResultRule(models.TextChoices):
    EQUAL_SHARES = "equalshares/add1/greedy", _("Method of Equal Shares, with completion")
    EQUAL_SHARES_ADD1 = "equalshares/add1", _("Method of Equal Shares, add1 completion only (as Pabulib)")
    GREEDY = "greedy", _("greedy by votes")


class ResultStatus(models.TextChoices):
    NONE = "", _("not counted yet")
    COUNTING = "counting", _("being counted")
    DONE = "done", _("counted")
    FAILED = "failed", _("counting failed")


class Ballot(models.Model):
    """One consultation's vote: the budget, how people choose, how the result is computed.

    Keyed by the consultation's translation key, so the Thai page and its English translation
    share one ballot.
    """

    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, related_name="ballots",
                                  verbose_name=_("LAO"))
    consultation_key = models.UUIDField(_("consultation"), unique=True)
    budget = models.DecimalField(
        _("budget (baht)"), max_digits=14, decimal_places=2, validators=[MinValueValidator(Decimal("1"))],
        help_text=_("The money the vote shares out, in baht."),
    )
    ballot_rule = models.CharField(_("how people choose"), max_length=16, choices=BallotRule.choices,
                                   default=BallotRule.KNAPSACK)
    max_choices = models.PositiveSmallIntegerField(
        _("at most this many projects"), null=True, blank=True,
        help_text=_("For “choose up to a number of projects”: the most a voter may choose."),
    )
    min_choices = models.PositiveSmallIntegerField(
        _("at least this many projects"), default=1,
        help_text=_("The fewest projects a ballot must choose."),
    )
    result_rule = models.CharField(_("how the result is computed"), max_length=32, choices=ResultRule.choices,
                                   default=ResultRule.EQUAL_SHARES)
    result_status = models.CharField(_("result"), max_length=16, choices=ResultStatus.choices, blank=True,
                                     default=ResultStatus.NONE)
    result = models.JSONField(_("computed result"), null=True, blank=True, editable=False)
    result_computed_at = models.DateTimeField(_("counted at"), null=True, blank=True, editable=False)
    result_error = models.TextField(_("counting error"), blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.CheckConstraint(condition=models.Q(budget__gt=0), name="ballot_budget_positive"),
        ]

    def __str__(self):
        return f"{self.authority} · {self.consultation_key}"

    def consultation(self):
        """The page the ballot belongs to (a consultation), in the default language (Thai).

        Found by its translation key, which ties a ballot to its page in every language: the
        ballot does not need to know the page's type."""
        from wagtail.models import Locale, Page

        pages = Page.objects.filter(translation_key=self.consultation_key).specific()
        return pages.filter(locale=Locale.get_default()).first() or pages.first()


class BallotProject(models.Model):
    """A project on the ballot: from one or more published ideas, or added by an officer."""

    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="projects", verbose_name=_("ballot"))
    title = models.CharField(_("title"), max_length=140)
    description = models.TextField(_("description"), max_length=3000)
    cost = models.DecimalField(
        _("official cost estimate (baht)"), max_digits=14, decimal_places=2,
        validators=[MinValueValidator(Decimal("1"))],
    )
    village = models.ForeignKey("tenancy.Village", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", verbose_name=_("village"))
    photo = models.ImageField(_("photo"), upload_to="ballot-projects/%Y/%m/", blank=True,
                              width_field="width", height_field="height")
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    source_ideas = models.ManyToManyField("ideas.Idea", blank=True, related_name="ballot_projects",
                                          verbose_name=_("from the ideas"))
    sort_order = models.PositiveSmallIntegerField(_("order on the ballot"), default=0)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("created by"))

    class Meta:
        verbose_name = _("ballot project")
        verbose_name_plural = _("ballot projects")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(cost__gt=0), name="ballot_project_cost_positive"),
        ]

    def __str__(self):
        return self.title


class BallotChannel(models.TextChoices):
    ONLINE = "online", _("online")
    PAPER = "paper", _("paper, at an onsite forum")


class VoterStanding(models.TextChoices):
    LOCAL = "local", _("local resident")
    OUTSIDER = "outsider", _("from outside the area")
    UNVERIFIED = "unverified", _("signed in, not verified")


class CastBallot(models.Model):
    """One person's ballot: final once cast; at most one per person and ballot."""

    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="cast", verbose_name=_("ballot"))
    projects = models.JSONField(_("projects chosen"), default=list,
                                help_text=_("Ids of the ballot projects chosen."))
    standing = models.CharField(_("voter's standing"), max_length=16, choices=VoterStanding.choices)
    channel = models.CharField(_("cast"), max_length=8, choices=BallotChannel.choices, default=BallotChannel.ONLINE)
    # Keyed hashes, specific to this ballot: of the account, and of the national ID when known.
    voter_key = models.CharField(_("voter key"), max_length=64, blank=True, editable=False)
    id_key = models.CharField(_("national ID key"), max_length=64, blank=True, editable=False)
    forum_date = models.DateField(_("forum date"), null=True, blank=True)
    forum_place = models.CharField(_("forum place"), max_length=200, blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("entered by"))
    cast_on = models.DateField(_("cast on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("cast ballot")
        verbose_name_plural = _("cast ballots")
        constraints = [
            models.UniqueConstraint(fields=["ballot", "voter_key"], condition=~models.Q(voter_key=""),
                                    name="one_ballot_per_account"),
            models.UniqueConstraint(fields=["ballot", "id_key"], condition=~models.Q(id_key=""),
                                    name="one_ballot_per_national_id"),
            models.CheckConstraint(
                condition=~models.Q(voter_key="", id_key=""), name="cast_ballot_has_a_voter",
            ),
            models.CheckConstraint(
                condition=models.Q(channel="online") | models.Q(forum_date__isnull=False),
                name="paper_ballot_has_forum_date",
            ),
        ]

    def __str__(self):
        return f"{self.get_channel_display()} · {self.get_standing_display()}"
