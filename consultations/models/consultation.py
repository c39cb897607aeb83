import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from consultations.blocks import CONSULTATION_BODY_BLOCKS
from consultations.panels import CalendarWarningsPanel
from consultations.timeline import State, Timeline, calendar_warnings, default_fiscal_year
from participation.eligibility import Action, Audience
from portal.pages.models import PortalPage

# Blocks that only make sense when the consultation has a voting phase.
VOTING_BLOCKS = {"ballot", "results"}


class ConsultationPage(RoutablePageMixin, PortalPage):
    """An LAO's consultation: a question to residents, a budget, a timeline and participation blocks."""

    purpose = models.TextField(
        _("purpose"),
        help_text=_("Why the LAO is asking, in two or three sentences residents understand."),
    )
    question = models.CharField(
        _("question"), max_length=255,
        help_text=_("The question put to people, e.g. “What should the village road budget fix first?”"),
    )
    body = StreamField(
        CONSULTATION_BODY_BLOCKS, verbose_name=_("body"), blank=True,
        help_text=_("Text, images and participation blocks: idea form, idea list, ballot, results, comments, poll."),
    )
    budget_envelope = models.DecimalField(
        _("budget envelope (baht)"), max_digits=14, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The money this consultation can decide on, in baht. Leave empty if there is none."),
    )
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (BE)"), default=default_fiscal_year,
        validators=[MinValueValidator(2500), MaxValueValidator(2700)],
        help_text=_("The Buddhist Era fiscal year whose plan and budget this consultation feeds, e.g. 2570."),
    )

    ideas_start = models.DateField(_("idea collection opens"), help_text=_("First day people can submit ideas."))
    ideas_end = models.DateField(_("idea collection closes"), help_text=_("Last day people can submit ideas."))
    screening_end = models.DateField(
        _("screening ends"), null=True, blank=True,
        help_text=_("Last day officers screen the ideas (optional)."),
    )
    voting_start = models.DateField(
        _("voting opens"), null=True, blank=True,
        help_text=_("First day of voting on the budget (leave both voting days empty if there is no vote)."),
    )
    voting_end = models.DateField(_("voting closes"), null=True, blank=True, help_text=_("Last day of voting."))
    results_date = models.DateField(
        _("results announced"), null=True, blank=True, help_text=_("The day the results are published."),
    )
    implementation_start = models.DateField(
        _("implementation starts"), null=True, blank=True,
        help_text=_("The day work on the chosen projects starts."),
    )
    implementation_end = models.DateField(
        _("implementation ends"), null=True, blank=True,
        help_text=_("The day work on the chosen projects is due to end."),
    )

    audience_submit = models.CharField(
        _("who may submit ideas"), max_length=32, choices=Audience.choices, default=Audience.LOCALS_AND_OUTSIDERS,
        help_text=_("Locals only, locals and verified outsiders, or anyone signed in."),
    )
    audience_comment = models.CharField(
        _("who may comment"), max_length=32, choices=Audience.choices, default=Audience.SIGNED_IN,
        help_text=_("Locals only, locals and verified outsiders, or anyone signed in."),
    )
    audience_support = models.CharField(
        _("who may support ideas"), max_length=32, choices=Audience.choices,
        default=Audience.LOCALS_AND_OUTSIDERS,
        help_text=_("Locals only, locals and verified outsiders, or anyone signed in."),
    )
    audience_vote = models.CharField(
        _("who may vote"), max_length=32, choices=Audience.choices, default=Audience.LOCALS,
        help_text=_("Locals only, locals and verified outsiders, or anyone signed in."),
    )

    comments_premoderated = models.BooleanField(
        _("moderate comments before they appear"), default=True,
        help_text=_("On: a moderator approves every comment first. Off: comments appear at once, except those "
                    "the pre-screen holds, and moderators review them afterwards."),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("purpose"),
        FieldPanel("question"),
        InlinePanel("problem_briefs", label=_("problem briefs this consultation addresses"),
                    heading=_("Problem briefs")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                CalendarWarningsPanel(),
                FieldRowPanel([FieldPanel("fiscal_year"), FieldPanel("budget_envelope")]),
                FieldRowPanel([FieldPanel("ideas_start"), FieldPanel("ideas_end")]),
                FieldPanel("screening_end"),
                FieldRowPanel([FieldPanel("voting_start"), FieldPanel("voting_end")]),
                FieldPanel("results_date"),
                FieldRowPanel([FieldPanel("implementation_start"), FieldPanel("implementation_end")]),
            ],
            heading=_("Timeline and budget"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audience_submit"),
                FieldPanel("audience_comment"),
                FieldPanel("audience_support"),
                FieldPanel("audience_vote"),
                FieldPanel("comments_premoderated"),
            ],
            heading=_("Who may take part"),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("question"),
        index.SearchField("body"),
        index.FilterField("ideas_start"),
        index.FilterField("fiscal_year"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "consultations/consultation_page.html"

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    # The timeline -----------------------------------------------------------------------------
    @property
    def timeline(self):
        return Timeline(
            ideas_start=self.ideas_start, ideas_end=self.ideas_end, screening_end=self.screening_end,
            voting_start=self.voting_start, voting_end=self.voting_end, results_date=self.results_date,
            implementation_start=self.implementation_start, implementation_end=self.implementation_end,
        )

    def state_on(self, day):
        return self.timeline.state_on(day)

    @property
    def state(self):
        return self.state_on(timezone.localdate())

    def get_state_display(self):
        return State(self.state).label

    def calendar_warnings(self, today=None):
        return calendar_warnings(self.timeline, self.fiscal_year, today or timezone.localdate())

    def phases(self):
        """The timeline as rows for templates: (state, label, first day, last day)."""
        t = self.timeline
        rows = [(State.IDEAS, _("Idea collection"), t.ideas_start, t.ideas_end)]
        if t.screening_end or t.has_voting:
            rows.append((State.SCREENING, _("Screening"), t.ideas_end + datetime.timedelta(days=1),
                         t.screening_end or t.voting_start - datetime.timedelta(days=1)))
        if t.has_voting:
            rows.append((State.VOTING, _("Voting"), t.voting_start, t.voting_end))
        if t.results_date:
            rows.append((State.CLOSED, _("Results"), t.results_date, None))
        if t.implementation_start:
            rows.append((State.IMPLEMENTING, _("Implementation"), t.implementation_start, t.implementation_end))
        return rows

    def clean(self):
        super().clean()
        errors = dict(self.timeline.errors())
        used = {block.block_type for block in self.body} if self.body else set()
        if used & VOTING_BLOCKS and not self.timeline.has_voting:
            # Said on the voting days (what the editor must fill in), where the admin shows it as text.
            errors.setdefault(
                "voting_start", _("A ballot or results block needs a voting phase: give the voting days.")
            )
        if errors:
            raise ValidationError(errors)

    # Who may take part ------------------------------------------------------------------------
    def audience_for(self, action):
        return {
            Action.SUBMIT: self.audience_submit,
            Action.COMMENT: self.audience_comment,
            Action.SUPPORT: self.audience_support,
            Action.VOTE: self.audience_vote,
        }.get(action, Audience.SIGNED_IN)

    def home_translation_keys(self):
        """The translation key of this page's LAO home page (Thai or English tree), as a subquery."""
        return Page.objects.filter(path=self.path[: self.steplen * 2]).values("translation_key")

    @cached_property
    def authority(self):
        from portal.tenancy.models import Authority

        return (
            Authority.objects.select_related("province")
            .filter(home_page__translation_key__in=self.home_translation_keys())
            .first()
        )

    @path("ideas/submit/", name="submit_idea")
    def submit_idea(self, request):
        from ideas.views import submit_idea

        return submit_idea(self, request)

    @path("ideas/<int:idea_id>/", name="idea")
    def idea(self, request, idea_id):
        from ideas.views import idea_detail

        return idea_detail(self, request, idea_id)

    @path("ideas/<int:idea_id>/support/", name="support_idea")
    def support(self, request, idea_id):
        from ideas.views import support_idea

        return support_idea(self, request, idea_id)

    @path("comments/", name="comment")
    def comment(self, request):
        from ideas.comment_views import post_page_or_idea_comment

        return post_page_or_idea_comment(self, request)

    @path("ideas/<int:idea_id>/comments/", name="comment_idea")
    def comment_idea(self, request, idea_id):
        from ideas.comment_views import post_page_or_idea_comment

        return post_page_or_idea_comment(self, request, idea_id)

    @path("ideas/<int:idea_id>/flag/", name="flag_idea")
    def flag_idea(self, request, idea_id):
        from ideas.flag_views import flag

        return flag(self, request, idea_id=idea_id)

    @path("comments/<int:comment_id>/flag/", name="flag_comment")
    def flag_comment(self, request, comment_id):
        from ideas.flag_views import flag

        return flag(self, request, comment_id=comment_id)

    @path("ideas/<int:idea_id>/comments/<int:comment_id>/flag/", name="flag_idea_comment")
    def flag_idea_comment(self, request, idea_id, comment_id):
        from ideas.flag_views import flag

        return flag(self, request, idea_id=idea_id, comment_id=comment_id)

    @path("ballot/", name="cast_ballot")
    def cast_ballot(self, request):
        from ballots.views import cast

        return cast(self, request)

    @path("ballot/pabulib/", name="ballot_file")
    def ballot_file(self, request):
        from ballots.views import result_file

        return result_file(self, request)

    @path("poll/<str:block_id>/", name="poll")
    def poll(self, request, block_id):
        from polls.views import answer_poll

        return answer_poll(self, request, block_id)

    @path("poster/", name="poster")
    def poster(self, request):
        from portal.documents.posters import consultation_poster

        return consultation_poster(self, request)

    def get_context(self, request, *args, **kwargs):
        from participation.state import Participation

        context = super().get_context(request, *args, **kwargs)
        context["participation"] = Participation(self, request)
        context["briefs"] = [
            link.brief for link in self.problem_briefs.select_related("brief") if link.brief and link.brief.live
        ]
        return context


class ConsultationProblemBrief(Orderable):
    """A problem brief a consultation addresses."""

    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="problem_briefs")
    brief = models.ForeignKey(
        "pages.ProblemBriefPage", on_delete=models.CASCADE, related_name="addressed_by",
        verbose_name=_("problem brief"), help_text=_("A problem brief of this LAO."),
    )

    panels = [PageChooserPanel("brief")]

    class Meta(Orderable.Meta):
        verbose_name = _("problem brief")
        verbose_name_plural = _("problem briefs")


def consultations_addressing(brief):
    """Live consultation pages that address ``brief`` (or one of its translations), in the
    brief's language, newest first: what the brief's page lists (``ProblemBriefPage.ADDRESSED_BY``)."""
    return list(
        ConsultationPage.objects.live()
        .public()
        .filter(locale_id=brief.locale_id, problem_briefs__brief__translation_key=brief.translation_key)
        .distinct()
        .order_by("-first_published_at")
    )
