"""What of the participation engine is searchable, declared here rather than on its models.

Pages declare their ``search_fields`` themselves (Wagtail indexes every page). Ideas and
comments are indexed through proxy models of this app, so the consultations app carries no
search code and its models no search migrations; ``search.indexing`` keeps them up to date.
"""

from .comment import SearchableComment
from .idea import SearchableIdea

__all__ = ["SearchableComment", "SearchableIdea"]
