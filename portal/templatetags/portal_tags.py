"""Template helpers for every site: the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from portal.pages.active_locale import language_code_of

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the page's live translation, else the same path in that language."""
    request = context.get("request")
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    urls = {}
    if page is not None and getattr(page, "pk", None):
        for translation in page.get_translations(inclusive=True).live().specific():
            urls[language_code_of(translation.locale_id)] = translation.get_url(request)
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code)
        if url is None and request is not None and page is None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links
