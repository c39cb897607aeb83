from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from participation.blocks import ParticipationBlock
from participation.eligibility import Action, Audience
from participation.state import AFTER, window

from .answers import answers_of, counts_of


class PollBlock(ParticipationBlock):
    """A one-question poll: one answer per signed-in person, results shown after answering."""

    question = blocks.CharBlock(label=_("question"), max_length=200)
    choices = blocks.ListBlock(
        blocks.CharBlock(label=_("answer"), max_length=120), label=_("answers"), min_num=2, max_num=10,
    )
    audience = blocks.ChoiceBlock(
        label=_("who may answer"), choices=Audience.choices, default=Audience.SIGNED_IN,
    )
    open_during = blocks.ChoiceBlock(
        label=_("open during"),
        choices=[
            ("consultation", _("the whole consultation (until it closes)")),
            ("ideas", _("idea collection")),
            ("voting", _("voting")),
        ],
        default="consultation",
    )

    action = Action.ANSWER_POLL

    def audience_for(self, value):
        return value.get("audience") or Audience.SIGNED_IN

    def window(self, value, participation):
        page = participation.page
        during = value.get("open_during")
        if during == "voting" and page.voting_start:
            start, end = page.voting_start, page.voting_end
        elif during == "ideas":
            start, end = page.ideas_start, page.ideas_end
        else:
            start, end = page.ideas_start, page.timeline.participation_end
        return window(participation.today, start, end), start, end

    def took_part(self, value, participation, block_id):
        return block_id in answers_of(participation)

    def results(self, value, counts):
        total = sum(counts.values())
        rows = []
        for index, label in enumerate(value["choices"]):
            n = counts.get(index, 0)
            rows.append({"label": label, "count": n, "percent": round(100 * n / total) if total else 0})
        return rows, total

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        participation = (parent_context or {}).get("participation")
        block_id = context.get("block_id")
        if participation is not None:
            answer = answers_of(participation).get(block_id)
            context["answer"] = answer
            state = context["block_state"]
            if answer is not None or state.window == AFTER:
                context["results"], context["total"] = self.results(value, counts_of(participation)[block_id])
            if participation.request is not None:
                context["action_url"] = participation.page.get_url(participation.request) + participation.page.reverse_subpage("poll", args=[block_id])
        return context

    class Meta:
        icon = "order"
        label = _("Poll")
        template = "polls/blocks/poll.html"
        description = _("One question with a few answers; one answer per person, results after answering.")
        preview_value = {
            "question": "เรื่องใดในตำบลที่ควรแก้ไขก่อน",
            "choices": ["ถนนชำรุด", "น้ำท่วมขัง", "ขยะ", "ไฟส่องสว่าง"],
            "audience": Audience.SIGNED_IN,
            "open_during": "consultation",
        }
