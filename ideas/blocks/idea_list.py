from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from participation.blocks import ParticipationBlock
from participation.eligibility import Action
from participation.state import window


class IdeaListBlock(ParticipationBlock):
    """The published ideas of the consultation, which people may support while ideas are collected."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120, default="ข้อเสนอจากประชาชน")
    sort = blocks.ChoiceBlock(
        label=_("default order"),
        choices=[("newest", _("newest first")), ("most_supported", _("most supported first"))],
        default="newest",
    )
    page_size = blocks.IntegerBlock(label=_("ideas per page"), default=10, min_value=5, max_value=50)

    action = Action.SUPPORT

    def window(self, value, participation):
        page = participation.page
        # The list stays visible after collection closes; supporting is open only while it runs.
        return window(participation.today, page.ideas_start, page.ideas_end), page.ideas_start, page.ideas_end

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        participation = (parent_context or {}).get("participation")
        if participation is not None and context["block_state"].window != "before":
            from ideas.listing import idea_list, onsite_split, supported_by

            params = participation.request.GET if participation.request is not None else {}
            size, sort = value.get("page_size") or 10, value.get("sort") or "newest"

            def listing():
                page_obj, filters = idea_list(participation.page, params, size, sort)
                page_obj.object_list = list(page_obj.object_list)
                return (page_obj, filters, supported_by(participation.user, page_obj.object_list),
                        onsite_split(participation.page))

            page_obj, filters, supported, split = participation.cached(("idea_list", size, sort), listing)
            context.update(ideas=page_obj, filters=filters, villages=participation.villages, supported=supported,
                           split=split,
                           categories=participation.categories,
                           page_url=participation.page.get_url(participation.request))
        return context

    class Meta:
        icon = "list-ul"
        label = _("Idea list")
        template = "ideas/blocks/idea_list.html"
        description = _("The published ideas, filterable by village and category; people support the ones they back.")
        preview_value = {"heading": "ข้อเสนอจากประชาชน", "sort": "most_supported", "page_size": 10}
