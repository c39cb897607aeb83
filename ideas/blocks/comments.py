from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from participation.blocks import ParticipationBlock
from participation.eligibility import Action
from participation.state import window


class CommentsBlock(ParticipationBlock):
    """Discussion of the consultation, open from idea collection to the end of voting."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120, default="ความคิดเห็น")

    action = Action.COMMENT

    def window(self, value, participation):
        page = participation.page
        end = page.timeline.participation_end
        if page.voting_end is None and page.screening_end:
            end = page.screening_end
        return window(participation.today, page.ideas_start, end), page.ideas_start, end

    def took_part(self, value, participation, block_id):
        return False  # commenting again is always possible

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        participation = (parent_context or {}).get("participation")
        if participation is not None:
            from ideas.comments import CommentForm, published_comments

            page = participation.page
            context["comments"] = participation.cached(
                "page_comments", lambda: list(published_comments(page, page.authority))
            )
            from portal.snippets.moderation_reasons import ModerationReason

            context["comment_url"] = page.get_url(participation.request) + page.reverse_subpage("comment")
            context["flag_reasons"] = ModerationReason.choices
            if context["block_state"].can_act:
                context["comment_form"] = (parent_context or {}).get("comment_form") or CommentForm()
        return context

    class Meta:
        icon = "comment"
        label = _("Comments")
        template = "ideas/blocks/comments.html"
        description = _("A moderated discussion of the consultation.")
        preview_value = {"heading": "ความคิดเห็น"}
