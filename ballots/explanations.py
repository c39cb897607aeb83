"""One plain sentence per project on why it was or was not funded, from the engine's reasons."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.templatetags.thai_dates import baht


def _amount(text):
    """A Fraction (as stored) in baht, rounded to the satang."""
    from .money import as_decimal

    return "" if text is None else baht(as_decimal(text))


def explain(project, row):
    """The sentence for ``project`` (a BallotProject) given its stored result ``row``."""
    reason = row["reason"]
    code = reason["code"]
    votes = row["votes"]
    values = {
        "votes": votes,
        "cost": baht(project.cost),
        "left": _amount(reason.get("budget_left")),
        "money": _amount(reason.get("supporters_money")),
        "share": _amount(reason.get("share_per_supporter")),
        "threshold": reason.get("threshold") or "",
        "position": reason.get("position") or "",
    }
    if code == "greedy_selected":
        return ngettext(
            "Funded: with %(votes)d vote it was next in line, and its cost of %(cost)s fitted in the %(left)s still left.",
            "Funded: with %(votes)d votes it was next in line, and its cost of %(cost)s fitted in the %(left)s still left.",
            votes) % values
    if code == "greedy_no_fit":
        return _("Not funded: when its turn came (projects go in order of votes), only %(left)s was left, "
                 "less than its cost of %(cost)s.") % values
    if code == "greedy_stopped":
        return _("Not funded: the count stops at the first project that no longer fits the budget, "
                 "and that happened before its turn.") % values
    if code == "below_threshold":
        return _("Not funded: it had fewer votes than the minimum of %(threshold)s.") % values
    if code == "no_votes":
        return _("Not funded: nobody voted for it.")
    if code == "mes_selected":
        return ngettext(
            "Funded: its %(votes)d supporter paid for it from their equal share of the budget (at most %(share)s each).",
            "Funded: its %(votes)d supporters paid for it from their equal shares of the budget (at most %(share)s each).",
            votes) % values
    if code == "mes_completion_selected":
        return _("Funded when the money left over was shared out again among all voters: its supporters "
                 "could then pay its cost of %(cost)s.") % values
    if code == "mes_unaffordable":
        return ngettext(
            "Not funded: its %(votes)d supporter had only %(money)s left of their equal share, less than its "
            "cost of %(cost)s; their share went to other projects they chose that gave more people more for each baht.",
            "Not funded: its %(votes)d supporters had only %(money)s left of their equal shares, less than its "
            "cost of %(cost)s; their shares went to other projects they chose that gave more people more for each baht.",
            votes) % values
    if code == "completion_selected":
        return _("Funded from the money left after equal shares: it was next in order of votes and fitted "
                 "in the %(left)s that remained.") % values
    if code == "completion_no_fit":
        return _("Not funded: its supporters could not pay for it from their equal shares, and its cost of "
                 "%(cost)s did not fit in the %(left)s left over.") % values
    return ""
