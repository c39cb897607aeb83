"""Participation blocks: one module each; ``PARTICIPATION_BLOCKS`` is what a consultation allows.

They are allowed only in a consultation's body: each needs the consultation's timeline and
audience settings. The ballot and results blocks further need a voting phase (checked by
``ConsultationPage.clean``).
"""

from portal.pages.blocks import BODY_BLOCKS

from .ballot import BallotBlock
from .comments import CommentsBlock
from .idea_form import IdeaFormBlock
from .idea_list import IdeaListBlock
from .poll import PollBlock
from .results import ResultsBlock

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
