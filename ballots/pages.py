"""The pages a ballot belongs to, told by the app that owns them (``AppConfig.ready``).

A ballot is tied to its page by the page's translation key, and the ballot admin lists the
pages of an officer's LAOs that have a voting phase. The ballots app does not import the page
type: the consultations app registers it, with the filter for "has a voting phase". The ballot
admin reads from such a page ``voting_start``, ``results_date``, ``budget_envelope``,
``authority`` and ``translation_key``.
"""

from django.core.exceptions import ImproperlyConfigured

_registered = {}


def register(model, with_vote):
    """``model``: the page type that holds ballots; ``with_vote``: a ``Q`` for those with a vote."""
    _registered["model"], _registered["with_vote"] = model, with_vote


def ballot_pages():
    """Every page of the registered type that has a voting phase, every language."""
    if not _registered:
        raise ImproperlyConfigured("No page type holds ballots: the consultations app registers one.")
    return _registered["model"].objects.filter(_registered["with_vote"])
