"""The idea box as a place to take part: what the ideas views read of a consultation page.

The views that submit, show, support, discuss and flag an idea take the page they serve as an
argument. A consultation is one such place; the LAO's idea box is another, open every day. Its
routes mirror a consultation's, from the root of the LAO's site (``/ideas/<id>/support/``
beside ``/<consultation>/ideas/<id>/support/``), so the same views and templates serve both.
"""

import datetime

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from participation.eligibility import Action, Audience

from .models import IdeaBox

# The routes of a place, relative to its URL (a consultation page's are its RoutablePage routes).
ROUTES = {
    "submit_idea": "ideas/propose/",
    "idea": "ideas/{0}/",
    "support_idea": "ideas/{0}/support/",
    "comment_idea": "ideas/{0}/comments/",
    "flag_idea": "ideas/{0}/flag/",
    "flag_idea_comment": "ideas/{0}/comments/{1}/flag/",
}
OPENED = datetime.date(2000, 1, 1)  # the box has no first day: any day is inside its window


class BoxTimeline:
    participation_end = None


class BoxPlace:
    """An LAO's idea box, in the shape of a consultation page: no consultation (its ideas carry
    none), always collecting, comments pre-moderated."""

    translation_key = None
    comments_premoderated = True
    ideas_start = OPENED
    ideas_end = None
    screening_end = None
    voting_start = None
    voting_end = None
    timeline = BoxTimeline()
    title = _("Idea box")

    def __init__(self, authority, box=None):
        self.authority = authority
        self.box = box or IdeaBox.of(authority)

    @property
    def is_open(self):
        return self.box.is_open

    def state_on(self, day):
        return "ideas"

    def home_translation_keys(self):
        """The LAO's home page, in any language (as a consultation finds its LAO's standing)."""
        from wagtail.models import Page

        return Page.objects.filter(pk=self.authority.home_page_id).values("translation_key")

    def audience_for(self, action):
        return {
            Action.SUBMIT: self.box.audience_submit,
            Action.SUPPORT: self.box.audience_support,
        }.get(action, Audience.SIGNED_IN)

    def get_url(self, request=None):
        """The LAO site's root in the active language: the box's routes hang below it."""
        return reverse("ideas:box").removesuffix("ideas/")

    def reverse_subpage(self, name, args=None):
        return ROUTES[name].format(*(args or []))

    def index_url(self):
        return reverse("ideas:box")

    def propose_url(self):
        return reverse("ideas:propose")

    def render(self, request, template=None, context_overrides=None):
        """``template`` with the place; without one, the form page, as a consultation page renders
        itself again with the form as typed (errors, the similar-ideas step)."""
        context = {"place": self, **(context_overrides or {})}
        if template is None:
            from participation.state import Participation

            from .blocks import IdeaFormBlock

            context.setdefault("participation", Participation(self, request))
            block = IdeaFormBlock()
            value = block.to_python({"heading": str(_("Your idea")), "intro": str(_(
                "Describe the problem and what you propose. Ideas in the box are read by a moderator, then "
                "by the LAO's officers, any day of the year."))})
            context["form_html"] = block.render(value, context={"request": request, **context})
            template = "ideas/box_propose.html"
        return TemplateResponse(request, template, context)
