"""What every participation block shares: its state for the consultation's phase and the visitor."""

from wagtail import blocks

from participation.state import BEFORE, BlockState


class ParticipationBlock(blocks.StructBlock):
    """A block placed in a consultation's body that lets people take part.

    Subclasses say which action the block performs (``action``) and when it is open
    (``window``); the template receives ``block_state`` (phase window and visitor: anonymous,
    not eligible, eligible, already took part), ``consultation`` and ``participation``.
    Rendered outside a consultation (the block picker's preview), the block shows its
    eligible, open state.
    """

    action = None

    def window(self, value, participation):
        raise NotImplementedError

    def audience_for(self, value):
        return None  # the consultation's own setting for the action

    def took_part(self, value, participation, block_id):
        return participation.took_part(self.action)

    def block_state(self, value, participation, block_id=None):
        window, opens_on, closes_on = self.window(value, participation)
        decision = participation.decision(self.action, self.audience_for(value))
        # Nobody can have taken part before the phase opens: no need to ask the database.
        took_part = decision.allowed and window != BEFORE and self.took_part(value, participation, block_id)
        return BlockState(window, opens_on, closes_on, decision, took_part)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        participation = parent_context.get("participation")
        block_id = parent_context.get("block_id")
        context["block_id"] = block_id
        if participation is None:
            context["block_state"] = BlockState()
            context["is_preview"] = True
        else:
            context["consultation"] = participation.page
            context["block_state"] = parent_context.get("block_state") or self.block_state(
                value, participation, block_id
            )
        return context
