"""What a visitor may do on a consultation page right now, computed once per request.

Every participation block on the page reads the same ``Participation``: the consultation's
state today and the visitor's standing with the LAO (one query, only when an audience needs
it). What a way of taking part reads for all its blocks at once (a visitor's poll answers, the
poll counts) it computes once through ``Participation.cached``, so a page's query count does
not depend on its blocks' content.

The page is the one argument that knows the consultation: ``Participation`` reads from it only
``state_on(day)``, ``audience_for(action)``, ``authority`` and ``translation_key``.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode

from .eligibility import Audience, Decision, decide, standing_for

BEFORE, OPEN, AFTER = "before", "open", "after"
ANONYMOUS, NOT_ELIGIBLE, ELIGIBLE, TOOK_PART = "anonymous", "not_eligible", "eligible", "took_part"

# The ways of taking part (ideas, ballots, ...) say here, in their AppConfig.ready, whether a
# person already took part in an action of a consultation: {action: callable(participation) -> bool}.
TOOK_PART_CHECKS = {}


@dataclass
class BlockState:
    """The state a participation block renders: the phase window and the visitor."""

    window: str = OPEN  # BEFORE, OPEN or AFTER the block's phase
    opens_on: object = None
    closes_on: object = None
    decision: Decision = field(default_factory=lambda: Decision(True))
    took_part: bool = False

    @property
    def visitor(self):
        if self.took_part:
            return TOOK_PART
        if self.decision.allowed:
            return ELIGIBLE
        return ANONYMOUS if self.decision.reason == "sign_in" else NOT_ELIGIBLE

    @property
    def is_open(self):
        return self.window == OPEN

    @property
    def can_act(self):
        return self.window == OPEN and self.visitor == ELIGIBLE


def window(today, start, end):
    """BEFORE, OPEN or AFTER a phase of whole days (``end`` None: open-ended)."""
    if start is None or today < start:
        return BEFORE
    if end is not None and today > end:
        return AFTER
    return OPEN


class Participation:
    def __init__(self, page, request, today=None):
        self.page = page
        self.request = request
        self.user = getattr(request, "user", None)
        self.today = today or timezone.localdate()
        self.state = page.state_on(self.today)

    @property
    def is_authenticated(self):
        return self.user is not None and self.user.is_authenticated

    @cached_property
    def standing(self):
        return standing_for(self.user, self.page)

    @cached_property
    def consented(self):
        from portal.privacy.consent import has_current_consent

        return has_current_consent(self.user)

    def decision(self, action, audience=None):
        audience = audience or self.page.audience_for(action)
        if not self.is_authenticated:
            return decide(self.user, audience, action)
        needs_standing = audience != Audience.SIGNED_IN
        return decide(self.user, audience, action, self.standing if needs_standing else None, self.consented)

    def took_part(self, action):
        """Whether the visitor already took part in ``action`` here (asked once per request)."""
        cache = self.__dict__.setdefault("_took_part", {})
        if action not in cache:
            check = TOOK_PART_CHECKS.get(action)
            cache[action] = bool(check and self.is_authenticated and check(self))
        return cache[action]

    def cached(self, key, compute):
        """Compute something once per request, however many blocks ask for it."""
        cache = self.__dict__.setdefault("_cache", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    @cached_property
    def categories(self):
        """The authority-function taxonomy, for the idea form (one query per request)."""
        from portal.snippets.models import AuthorityFunction

        return list(AuthorityFunction.objects.order_by("sort_order", "pk"))

    @cached_property
    def villages(self):
        """The LAO's villages, for the idea form (one query however many forms the page has)."""
        authority = self.page.authority
        return list(authority.villages.all()) if authority is not None else []

    @property
    def login_url(self):
        path = self.request.get_full_path() if self.request is not None else "/"
        return f"{settings.LOGIN_URL}?{urlencode({'next': path})}"

    @property
    def consent_url(self):
        from django.urls import reverse

        path = self.request.get_full_path() if self.request is not None else "/"
        return f"{reverse('privacy:consent')}?{urlencode({'next': path})}"

    @property
    def verify_url(self):
        return getattr(settings, "PORTAL_VERIFY_URL", "")
