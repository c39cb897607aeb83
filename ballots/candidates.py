"""The ideas a ballot project can be made from, told by the app that has them (``AppConfig.ready``).

An officer turns published ideas into ballot projects. The ballots app does not import ideas:
the planning app, which also knows the officers' triage, registers a source that gives a
consultation's published ideas, those found within authority for the ballot first. Each idea it
gives may carry ``candidate_label`` (a note for the officer, such as "ballot candidate") and
``candidate_primary`` (the note is a recommendation).
"""

_sources = {}


def register(source):
    """``source(authority, page)`` -> a queryset of the ideas a project of ``page``'s ballot may come from."""
    _sources["ideas"] = source


def candidate_ideas(authority, page):
    source = _sources.get("ideas")
    return source(authority, page) if source is not None else None
