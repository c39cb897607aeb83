"""E-mails (in Thai) to the people behind ideas: their authors, and for progress their supporters."""

from django.conf import settings
from django.core.mail import send_mass_mail
from django.utils import translation
from django.utils.translation import gettext as _

from ideas.models import Support


def _send(messages):
    if messages:
        send_mass_mail(messages, fail_silently=False)


def outcome_lines(decision):
    """What a triage decision means for the idea, in the active language (a list of sentences)."""
    from .models import TriageOutcome, WithinRoute

    idea = decision.idea
    lines = []
    if decision.outcome == TriageOutcome.WITHIN:
        if decision.route == WithinRoute.BALLOT:
            lines.append(_("It is within the LAO's authority and is a candidate project for the budget vote."))
        else:
            lines.append(_("It is within the LAO's authority and is a candidate project for the local "
                           "development plan."))
    elif decision.outcome == TriageOutcome.REFER:
        lines.append(_("It is outside the LAO's authority and was referred to %(target)s.")
                     % {"target": decision.target})
    elif decision.outcome == TriageOutcome.NOT_FEASIBLE:
        lines.append(_("The LAO found it not feasible."))
    elif decision.outcome == TriageOutcome.DUPLICATE and decision.duplicate_of_id:
        lines.append(_("It is the same as the idea “%(original)s”, which is followed up instead.")
                     % {"original": decision.duplicate_of.title if decision.duplicate_of else idea.title})
    if decision.note:
        lines.append(_("Note from the LAO: %(note)s") % {"note": decision.note})
    return lines


def tell_author_of_decision(decision):
    idea = decision.idea
    author = idea.author
    if author is None or not author.email:
        return
    with translation.override("th"):
        subject = _("Your idea “%(title)s”: %(outcome)s") % {"title": idea.title,
                                                             "outcome": decision.get_outcome_display()}
        body = "\n\n".join([
            _("The LAO has looked at your idea “%(title)s”.") % {"title": idea.title},
            *outcome_lines(decision),
            _("See all your ideas on the “My ideas” page."),
        ])
    _send([(subject, body, settings.DEFAULT_FROM_EMAIL, [author.email])])


def tell_author_of_referral(referral, note=""):
    idea = referral.idea
    author = idea.author
    if author is None or not author.email:
        return
    with translation.override("th"):
        status = referral.get_status_display()
        subject = _("Your idea “%(title)s”: referral %(status)s") % {"title": idea.title, "status": status}
        lines = [_("Your idea “%(title)s”, referred to %(target)s, is now: %(status)s.")
                 % {"title": idea.title, "target": referral.decision.target, "status": status}]
        if note:
            lines.append(_("Note from the LAO: %(note)s") % {"note": note})
        lines.append(_("See all your ideas on the “My ideas” page."))
    _send([(subject, "\n\n".join(lines), settings.DEFAULT_FROM_EMAIL, [author.email])])


def people_behind(project):
    """E-mail addresses of the authors and supporters of the project's source ideas, each once."""
    ideas = list(project.source_ideas.all())
    if project.ballot_project_id:
        ideas += list(project.ballot_project.source_ideas.all())
    idea_ids = {idea.pk for idea in ideas}
    emails = {idea.author.email for idea in ideas if idea.author_id and idea.author.email}
    emails |= set(Support.objects.filter(idea_id__in=idea_ids).exclude(user__email="")
                  .values_list("user__email", flat=True))
    return sorted(emails)


def tell_people_of_progress(update, project_url):
    project = update.project
    with translation.override("th"):
        subject = _("Progress of “%(project)s”: %(percent)d%%") % {"project": project.title,
                                                                    "percent": update.percent}
        body = "\n\n".join([
            _("The project “%(project)s”, which came from ideas you proposed or supported, has news.")
            % {"project": project.title},
            _("Status: %(status)s, %(percent)d%% done.") % {"status": update.get_status_display(),
                                                            "percent": update.percent},
            update.text,
            _("See the project: %(url)s") % {"url": project_url},
        ])
    _send([(subject, body, settings.DEFAULT_FROM_EMAIL, [email]) for email in people_behind(project)])
