import datetime

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from participation.blocks import ParticipationBlock
from participation.eligibility import Action
from participation.state import AFTER, BEFORE, OPEN


class ResultsBlock(ParticipationBlock):
    """The result of the vote, published once voting has closed."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120, default="ผลการลงคะแนน")

    action = Action.VOTE  # "took part" here means: this visitor voted

    def window(self, value, participation):
        page = participation.page
        if page.voting_end is None:
            return BEFORE, None, None
        shown_from = page.results_date or page.voting_end + datetime.timedelta(days=1)
        if participation.today < shown_from:
            return BEFORE, shown_from, None
        return OPEN, shown_from, None

    def block_state(self, value, participation, block_id=None):
        state = super().block_state(value, participation, block_id)
        # Results are public: nobody needs to be eligible to read them.
        state.window = state.window if state.window != AFTER else OPEN
        return state

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        participation = (parent_context or {}).get("participation")
        if participation is not None and context["block_state"].is_open:
            from ballots.display import ballot_for, projects_for
            from ballots.results import published_result, rows_for

            ballot = ballot_for(participation)
            context["ballot"] = ballot
            if ballot is not None:
                result = published_result(ballot, participation.page, participation.today)
                context["result"] = result
                if result is not None:
                    context.update(rows_for(ballot, result, projects_for(participation)))
                    page = participation.page
                    context["file_url"] = page.get_url(participation.request) + page.reverse_subpage("ballot_file")
        return context

    class Meta:
        icon = "doc-full"
        label = _("Results")
        template = "ballots/blocks/results.html"
        description = _("The funded projects and spending against the budget, once voting has closed.")
        preview_value = {"heading": "ผลการลงคะแนน"}
