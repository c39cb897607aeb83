"""What the ballot and results blocks read, loaded once per request however many blocks ask."""

from ballots.models import Ballot, BallotProject


def ballot_for(participation):
    """The consultation's ballot, or None (one query per request)."""
    page = participation.page
    return participation.cached("ballot", lambda: Ballot.objects.filter(consultation_key=page.translation_key).first())


def projects_for(participation):
    """The ballot's projects with their village and a photo (one query, plus one for idea photos)."""

    def load():
        ballot = ballot_for(participation)
        if ballot is None:
            return []
        projects = list(
            BallotProject.objects.filter(ballot=ballot).select_related("village").prefetch_related("source_ideas__photos")
        )
        for project in projects:
            project.picture = picture_of(project)
        return projects

    return participation.cached("ballot_projects", load)


def picture_of(project):
    """The project's own photo, or the first photo of the ideas it came from."""
    if project.photo:
        return project.photo
    for idea in project.source_ideas.all():
        for photo in idea.photos.all():
            return photo.image
    return None


def voted(participation):
    from .casting import has_voted

    ballot = ballot_for(participation)
    return participation.cached("ballot_voted", lambda: has_voted(ballot, participation.user))


def register_took_part_check():
    from participation.eligibility import Action
    from participation.state import TOOK_PART_CHECKS

    TOOK_PART_CHECKS[Action.VOTE] = voted
