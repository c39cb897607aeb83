"""The language of the sign-in pages, which live at ``/accounts/`` outside ``i18n_patterns``.

Their URLs carry no language prefix because the OpenID Connect callback URL registered with
ThaID and LINE must not change with the language. As on the rest of the portal, Thai comes
first (the browser's Accept-Language is not consulted): English when the person came from an
English page (``next=/en/...``) or chose English (``?lang=en``); the choice is remembered in
the session for the rest of the sign-in (e-mail links included, in the same browser).
"""

from django.conf import settings
from django.utils import translation

SESSION_KEY = "portal_accounts_language"


def language_for(request):
    codes = {code for code, _ in settings.LANGUAGES}
    chosen = request.GET.get("lang")
    if chosen in codes:
        request.session[SESSION_KEY] = chosen
        return chosen
    next_url = request.GET.get("next") or request.POST.get("next") or ""
    for code in codes - {settings.LANGUAGE_CODE}:
        if next_url.startswith(f"/{code}/"):
            request.session[SESSION_KEY] = code
            return code
    if next_url.startswith("/"):
        request.session.pop(SESSION_KEY, None)
        return settings.LANGUAGE_CODE
    return request.session.get(SESSION_KEY, settings.LANGUAGE_CODE)


class AccountsLanguageMiddleware:
    """After Django's LocaleMiddleware: picks the language of ``/accounts/`` pages."""

    prefix = "/accounts/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(self.prefix):
            language = language_for(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
