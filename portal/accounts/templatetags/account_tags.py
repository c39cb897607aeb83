"""Template helpers of the sign-in pages."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag(takes_context=True)
def account_language_links(context):
    """The sign-in pages have one URL for every language: switch with ?lang= (see language.py)."""
    request = context["request"]
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    links = []
    for code, name in settings.LANGUAGES:
        query = request.GET.copy()
        query["lang"] = code
        links.append({"code": code, "name": name, "url": f"{request.path}?{query.urlencode()}",
                      "current": code == current})
    return links
