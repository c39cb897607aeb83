from django.utils.functional import SimpleLazyObject

from .current import authority_for_request


def authority(request):
    """``authority`` in every template: the request's LAO, looked up only if a template asks."""
    return {"authority": SimpleLazyObject(lambda: authority_for_request(request))}
