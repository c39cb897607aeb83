"""What a consultation's body allows: ``CONSULTATION_BODY_BLOCKS``.

The content blocks every page has, and the participation blocks each way of taking part
offers (ideas, ballots, polls: one module each in its own app). They are allowed only in a
consultation's body: each needs the consultation's timeline and audience settings. The ballot
and results blocks further need a voting phase (checked by ``ConsultationPage.clean``).
"""

from ballots.blocks import BallotBlock, ResultsBlock
from ideas.blocks import CommentsBlock, IdeaFormBlock, IdeaListBlock
from polls.blocks import PollBlock
from portal.pages.blocks import BODY_BLOCKS

PARTICIPATION_BLOCKS = [
    ("idea_form", IdeaFormBlock()),
    ("idea_list", IdeaListBlock()),
    ("ballot", BallotBlock()),
    ("results", ResultsBlock()),
    ("comments", CommentsBlock()),
    ("poll", PollBlock()),
]

CONSULTATION_BODY_BLOCKS = BODY_BLOCKS + PARTICIPATION_BLOCKS

__all__ = [
    "BallotBlock",
    "CONSULTATION_BODY_BLOCKS",
    "CommentsBlock",
    "IdeaFormBlock",
    "IdeaListBlock",
    "PARTICIPATION_BLOCKS",
    "PollBlock",
    "ResultsBlock",
]
