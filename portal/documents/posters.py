"""The printable A4 QR poster of a consultation, for notice boards and community forums.

Served at ``<consultation>/poster/`` to anyone (``ConsultationPage.poster`` delegates here),
and from the admin for editors (``views.consultation_poster_for_editors``). The poster's
language is the page's: the English translation prints an English poster.
"""

import base64
import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from portal.templatetags.thai_dates import baht, thai_date

from .pdf import html_to_pdf
from .qr import qr_data_uri
from .response import file_response

logger = logging.getLogger(__name__)

POSTER_CACHE_SECONDS = 60 * 60
LOGO_RENDITION = "max-600x600|format-png"

# The page types that have a poster, told by the apps that own them in their AppConfig.ready
# (the consultations app registers its consultation page).
POSTER_PAGE_TYPES = []


def register_poster_page(model):
    if model not in POSTER_PAGE_TYPES:
        POSTER_PAGE_TYPES.append(model)


def has_poster(page):
    """Whether ``page`` (a generic Page from a listing, or a specific one) has a poster: its
    content type says, no query."""
    return bool(POSTER_PAGE_TYPES) and issubclass(page.specific_class or type(page), tuple(POSTER_PAGE_TYPES))


def _branding(authority):
    from portal.tenancy.models import AuthorityBranding

    if authority is None or authority.site_id is None:
        return None
    return AuthorityBranding.objects.filter(site_id=authority.site_id).select_related("logo").first()


def _logo_data_uri(branding):
    """The LAO's logo as a data URI, or None: a logo that cannot be read leaves the poster without one."""
    if branding is None or branding.logo is None:
        return None
    try:
        rendition = branding.logo.get_rendition(LOGO_RENDITION)
        with rendition.file.open("rb") as image:
            content = image.read()
    except Exception:  # a missing file or a broken image must not stop the poster
        logger.warning("Poster without logo: image %s could not be read", branding.logo_id, exc_info=True)
        return None
    return "data:image/png;base64," + base64.b64encode(content).decode()


def key_dates(page):
    """(label, [first day, last day]) for idea collection, voting and results, as far as the timeline has them."""
    rows = [(_("Ideas collected"), [thai_date(page.ideas_start), thai_date(page.ideas_end)])]
    if page.voting_start and page.voting_end:
        rows.append((_("Voting"), [thai_date(page.voting_start), thai_date(page.voting_end)]))
    if page.results_date:
        rows.append((_("Results announced"), [thai_date(page.results_date)]))
    return rows


def size_class(text, long=60, very_long=120):
    """Smaller type for longer text, so that every poster stays on one A4 page."""
    length = len(text or "")
    return "very-long" if length > very_long else "long" if length > long else ""


def _or_list(items):
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    return _("%(items)s or %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def steps(page):
    providers = [app["name"] for app in getattr(settings, "PORTAL_OIDC_PROVIDERS", [])]
    if page.voting_start and page.voting_end:
        act = _("Submit your ideas, support the ones you like, and vote on the budget.")
    else:
        act = _("Submit your ideas and support the ones you like.")
    return [
        _("Scan the QR code with your phone's camera."),
        _("Sign in with %(ways)s (signing up takes a minute).") % {"ways": _or_list([*providers, _("e-mail")])},
        act,
    ]


def poster_context(page, request):
    authority = page.authority
    branding = _branding(authority)
    url = page.get_full_url(request)
    english = translation.get_language() == "en"
    address = ""
    if branding:
        address = (branding.address_en if english else "") or branding.address_th
    # Long texts make a compact poster (smaller QR code and type) so that it stays on one page.
    compact = len(page.title) > 90 or len(page.question or "") > 160 or len(address) > 160
    return {
        "page": page,
        "compact": compact,
        "title_size": size_class(page.title, 45, 90),
        "question_size": size_class(page.question, 90, 160),
        "authority_name": authority.full_name if authority else "",
        "logo": _logo_data_uri(branding),
        "url": url,
        "qr": qr_data_uri(url),
        "key_dates": key_dates(page),
        "budget": baht(page.budget_envelope).replace(" ", "\u00a0") if page.budget_envelope else "",
        "steps": steps(page),
        "office": {
            "name": authority.full_name if authority else "",
            "address": address,
            "phone": branding.phone if branding else "",
            "hours": branding.opening_hours if branding else "",
        },
    }


def render_poster(page, request):
    """The poster's PDF bytes, in the page's language."""
    with translation.override(page.locale.language_code):
        return html_to_pdf(render_to_string("documents/poster.html", poster_context(page, request)))


def _cache_key(page, request):
    branding = _branding(page.authority)
    fingerprint = "|".join(str(part) for part in (
        page.pk, page.locale.language_code, page.last_published_at, page.latest_revision_id,
        page.get_full_url(request), settings.PORTAL_OIDC_PROVIDERS and len(settings.PORTAL_OIDC_PROVIDERS),
        branding and (branding.logo_id, branding.address_th, branding.address_en, branding.phone,
                      branding.opening_hours),
        page.authority and page.authority.full_name,
    ))
    return "documents:poster:" + hashlib.sha256(fingerprint.encode()).hexdigest()


def poster_filename(page):
    return _("poster-%(slug)s.pdf") % {"slug": page.slug}


def consultation_poster(page, request):
    """The public poster: shown in the browser (to print), cached until the page or its LAO's details change."""
    key = _cache_key(page, request)
    content = cache.get(key)
    if content is None:
        content = render_poster(page, request)
        cache.set(key, content, POSTER_CACHE_SECONDS)
    with translation.override(page.locale.language_code):
        response = file_response(content, poster_filename(page), "application/pdf", inline=True)
    patch_cache_control(response, public=True, max_age=300)
    return response
