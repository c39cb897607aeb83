"""On a published idea's page: the ballot projects it became. The consultations app, which
composes ideas and ballots, shows it among the idea's outcome panels (``ideas.outcomes``)."""

from django.template.loader import render_to_string

from .models import BallotProject


def on_ballot(request, idea, page_url):
    projects = list(BallotProject.objects.filter(source_ideas=idea))
    if not projects:
        return ""
    return render_to_string("ballots/_idea_on_ballot.html", {"projects": projects, "page_url": page_url},
                            request=request)
