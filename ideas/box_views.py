"""The LAO's year-round idea box, on every LAO site: its list, its form, and its ideas' pages.

Served only on an LAO's own site (the central site has no box: 404) and read through the
request's LAO, so one LAO's box never shows another's ideas. A box idea an officer attached to
a consultation moves there: its box address redirects to its page in the consultation.
"""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from participation.state import Participation
from portal.tenancy.current import authority_for_request

from . import comment_views, flag_views, views
from .blocks import IdeaFormBlock, IdeaListBlock
from .box import BoxPlace
from .models import Idea, IdeaState

FORM_BLOCK = IdeaFormBlock()
LIST_BLOCK = IdeaListBlock()


def _place(request):
    authority = authority_for_request(request)
    if authority is None:
        raise Http404("The idea box is on each LAO's site")
    return BoxPlace(authority)


def _block_context(place, request, **extra):
    participation = Participation(place, request)
    return {"participation": participation, "request": request, **extra}


def box(request):
    """The box: what it is for, the way to propose, and the published ideas to support."""
    place = _place(request)
    context = _block_context(place, request)
    ideas = LIST_BLOCK.render(
        LIST_BLOCK.to_python({"heading": _("Ideas proposed in the box"), "sort": "newest", "page_size": 10}),
        context=context,
    )
    return place.render(request, "ideas/box.html", {"ideas_html": ideas, **context})


def propose(request):
    """The idea form, the same as a consultation's; sending it saves the idea for moderation."""
    place = _place(request)
    participation = Participation(place, request)
    state = FORM_BLOCK.block_state(FORM_BLOCK.to_python({}), participation)
    if request.method == "POST":
        if not place.is_open:
            return redirect(place.propose_url())  # the page says it is closed, and why
        return views.receive_idea(place, request, participation, state, back=place.propose_url())
    return place.render(request, context_overrides={"participation": participation})


def _box_idea(place, idea_id):
    """A box idea of this LAO; one since attached to a consultation is answered by a redirect there."""
    idea = Idea.objects.filter(authority=place.authority, pk=idea_id, state=IdeaState.PUBLISHED).first()
    if idea is None:
        raise Http404("No such published idea")
    return idea


def _moved(place, request, idea):
    """The idea's page in the consultation it was attached to (an officer's decision), or None."""
    if idea.in_box:
        return None
    from wagtail.models import Locale, Page

    pages = Page.objects.filter(translation_key=idea.consultation_key).specific()
    page = pages.filter(locale=Locale.get_active()).first() or pages.filter(locale=Locale.get_default()).first()
    if page is None or not page.live:
        raise Http404("No such published idea")
    return redirect(page.get_url(request) + page.reverse_subpage("idea", args=[idea.pk]))


def idea(request, idea_id):
    place = _place(request)
    return _moved(place, request, _box_idea(place, idea_id)) or views.idea_detail(place, request, idea_id)


def support(request, idea_id):
    place = _place(request)
    return _moved(place, request, _box_idea(place, idea_id)) or views.support_idea(place, request, idea_id)


def comment(request, idea_id):
    place = _place(request)
    return (_moved(place, request, _box_idea(place, idea_id))
            or comment_views.post_page_or_idea_comment(place, request, idea_id))


def flag_idea(request, idea_id):
    place = _place(request)
    return _moved(place, request, _box_idea(place, idea_id)) or flag_views.flag(place, request, idea_id=idea_id)


def flag_comment(request, idea_id, comment_id):
    place = _place(request)
    return (_moved(place, request, _box_idea(place, idea_id))
            or flag_views.flag(place, request, idea_id=idea_id, comment_id=comment_id))
