from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from participation.blocks import ParticipationBlock
from participation.eligibility import Action
from participation.state import window


class BallotBlock(ParticipationBlock):
    """The budget vote: people choose projects within the budget while voting is open."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120, default="ลงคะแนนเลือกโครงการ")
    intro = blocks.TextBlock(
        label=_("introduction"), required=False, help_text=_("How to vote, in one or two sentences."),
    )

    action = Action.VOTE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        participation = (parent_context or {}).get("participation")
        if participation is not None and context["block_state"].is_open:
            from ballots.display import ballot_for, projects_for

            ballot = ballot_for(participation)
            context["ballot"] = ballot
            if ballot is not None:
                request = participation.request
                chosen = set(request.GET.getlist("project")) if request is not None else set()
                context["projects"] = projects_for(participation)
                context["chosen"] = {project.pk for project in context["projects"] if str(project.pk) in chosen}
                context["page_url"] = participation.page.get_url(request)
                context["action_url"] = participation.page.get_url(request) + participation.page.reverse_subpage("cast_ballot")
        return context

    def window(self, value, participation):
        page = participation.page
        return window(participation.today, page.voting_start, page.voting_end), page.voting_start, page.voting_end

    class Meta:
        icon = "tick-inverse"
        label = _("Ballot")
        template = "ballots/blocks/ballot.html"
        description = _("The budget vote: choose projects within the budget while voting is open.")
        preview_value = {
            "heading": "ลงคะแนนเลือกโครงการ",
            "intro": "เลือกโครงการที่คุณอยากให้ทำ โดยรวมงบประมาณไม่เกินวงเงินที่มี",
        }
