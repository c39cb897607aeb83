"""The page types of an LAO's home page and of the DLA's central home page.

Provisioning creates them, but the page types belong to the ``home`` app, which composes the
apps above the foundation (open consultations, plan projects). So the home app tells the
foundation its types in its ``AppConfig.ready``, and provisioning asks here.
"""

from django.core.exceptions import ImproperlyConfigured

_types = {}


def register(*, lao_home, central_home):
    _types["lao"], _types["central"] = lao_home, central_home


def _get(kind):
    if kind not in _types:
        raise ImproperlyConfigured("No home page types: the home app registers them (home.apps).")
    return _types[kind]


def lao_home_page_model():
    return _get("lao")


def central_home_page_model():
    return _get("central")
