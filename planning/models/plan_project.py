"""Projects of the LAO's local development plan (แผนพัฒนาท้องถิ่น): what the ผ.02 table lists."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PLAN_YEARS = 5


class ProjectSource(models.TextChoices):
    IDEA = "idea", _("citizens' ideas")
    BALLOT = "ballot", _("funded in the budget vote")
    OFFICER = "officer", _("the LAO's own")


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("in the plan")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")
    CANCELLED = "cancelled", _("cancelled")


def _money(label):
    return models.DecimalField(label, max_digits=14, decimal_places=2, null=True, blank=True,
                               validators=[MinValueValidator(Decimal("0"))])


class PlanProject(models.Model):
    """A project of the plan, from accepted ideas, a funded ballot project or the LAO itself.

    ``first_year`` is the plan's first fiscal year (Buddhist Era); ``budget_year_1`` … ``_5``
    are the money planned for it and the four years after.
    """

    authority = models.ForeignKey("tenancy.Authority", on_delete=models.CASCADE, related_name="plan_projects",
                                  verbose_name=_("LAO"))
    title = models.CharField(_("project"), max_length=200)
    objective = models.TextField(_("objective"), max_length=2000)
    target_output = models.TextField(_("target (project output)"), max_length=2000)
    first_year = models.PositiveSmallIntegerField(
        _("first year of the plan (BE)"), validators=[MinValueValidator(2500), MaxValueValidator(2700)],
        help_text=_("The plan's first fiscal year in the Buddhist Era, e.g. 2571 for the plan 2571–2575."),
    )
    budget_year_1 = _money(_("budget, year 1 (baht)"))
    budget_year_2 = _money(_("budget, year 2 (baht)"))
    budget_year_3 = _money(_("budget, year 3 (baht)"))
    budget_year_4 = _money(_("budget, year 4 (baht)"))
    budget_year_5 = _money(_("budget, year 5 (baht)"))
    kpi = models.CharField(_("indicator (KPI)"), max_length=300)
    expected_result = models.TextField(_("expected result"), max_length=2000)
    responsible_unit = models.CharField(_("responsible unit"), max_length=120)
    strategy = models.CharField(_("strategy"), max_length=200, blank=True)
    plan_area = models.CharField(_("programme"), max_length=200, blank=True)
    function = models.ForeignKey("snippets.AuthorityFunction", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("authority function"))
    village = models.ForeignKey("tenancy.Village", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", verbose_name=_("village"))
    source = models.CharField(_("source"), max_length=8, choices=ProjectSource.choices,
                              default=ProjectSource.OFFICER)
    source_ideas = models.ManyToManyField("ideas.Idea", blank=True, related_name="plan_projects",
                                          verbose_name=_("from the ideas"))
    ballot_project = models.OneToOneField("ballots.BallotProject", on_delete=models.SET_NULL, null=True,
                                          blank=True, related_name="plan_project",
                                          verbose_name=_("funded ballot project"))
    status = models.CharField(_("status"), max_length=16, choices=ProjectStatus.choices,
                              default=ProjectStatus.PLANNED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0, validators=[MaxValueValidator(100)])
    start_date = models.DateField(_("start date"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("created by"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("plan project")
        verbose_name_plural = _("plan projects")
        ordering = ["first_year", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(progress__lte=100), name="plan_project_progress_at_most_100"),
        ]

    def __str__(self):
        return self.title

    @property
    def budgets(self):
        return [getattr(self, f"budget_year_{n}") for n in range(1, PLAN_YEARS + 1)]

    @property
    def plan_years(self):
        return [self.first_year + n for n in range(PLAN_YEARS)]

    @property
    def budget_by_year(self):
        return [(year, amount) for year, amount in zip(self.plan_years, self.budgets, strict=True)]

    @property
    def total_budget(self):
        return sum((amount for amount in self.budgets if amount is not None), Decimal(0))
