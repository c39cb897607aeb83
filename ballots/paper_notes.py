"""Notes on the ballot admin's paper ballot page from the apps that take paper ballots elsewhere
(the planning app's onsite forums), told in their ``AppConfig.ready``."""

_NOTES = []


def register(note):
    """``note(request)`` -> HTML shown above the paper ballot form."""
    if note not in _NOTES:
        _NOTES.append(note)


def notes(request):
    return [note(request) for note in _NOTES]
