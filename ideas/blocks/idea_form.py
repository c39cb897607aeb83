from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from ideas import form_steps
from participation.blocks import ParticipationBlock
from participation.eligibility import Action
from participation.state import window


class IdeaFormBlock(ParticipationBlock):
    """Where people submit an idea while the consultation collects them."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120, default="เสนอความคิดเห็นของคุณ")
    intro = blocks.TextBlock(
        label=_("introduction"), required=False,
        help_text=_("What kind of ideas you are looking for, and what happens to them."),
    )

    action = Action.SUBMIT

    def window(self, value, participation):
        page = participation.page
        return window(participation.today, page.ideas_start, page.ideas_end), page.ideas_start, page.ideas_end

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        participation = (parent_context or {}).get("participation")
        state = context["block_state"]
        if participation is not None and state.is_open and state.visitor in ("eligible", "took_part"):
            from ideas.forms import IdeaForm

            context["idea_form"] = (parent_context or {}).get("idea_form") or IdeaForm(
                villages=participation.villages, categories=participation.categories
            )
            context["action_url"] = participation.page.get_url(participation.request) + participation.page.reverse_subpage("submit_idea")
            context["form_steps"] = form_steps.steps()
            context["form_attrs"] = form_steps.form_attrs(participation.page, participation.request)
        return context

    class Meta:
        icon = "form"
        label = _("Idea form")
        template = "ideas/blocks/idea_form.html"
        description = _("A form for people to submit an idea while idea collection is open.")
        preview_value = {
            "heading": "เสนอความคิดเห็นของคุณ",
            "intro": "บอกปัญหาในหมู่บ้านของคุณและแนวทางแก้ไขที่อยากเห็น",
        }
