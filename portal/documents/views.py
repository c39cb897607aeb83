"""Admin views: a consultation's poster for its editors, and sample files of a layout for DLA staff."""

import types

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from wagtail.models import Page

from .kinds import DOCUMENT_KINDS
from .layouts import layout_table, sample_rows
from .models import ExportLayout
from .permissions import layout_permission_policy
from .posters import has_poster, poster_filename, render_poster
from .response import file_response
from .tables import FORMATS, table_response


def consultation_poster_for_editors(request, page_id):
    """The poster as the public gets it, for whoever may edit the page (drafts included), never cached."""
    page = get_object_or_404(Page, id=page_id)
    if not has_poster(page):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    page = page.specific
    content = render_poster(page, request)
    with translation.override(page.locale.language_code):
        response = file_response(content, poster_filename(page), "application/pdf", inline=True)
    add_never_cache_headers(response)
    return response


def layout_sample(request, layout_id, format):
    """The layout filled with made-up rows, to see what a change does before anyone exports."""
    if format not in FORMATS:
        raise Http404
    if not layout_permission_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    layout = get_object_or_404(ExportLayout, pk=layout_id)
    kind = DOCUMENT_KINDS.get(layout.kind)
    if kind is None:  # a layout of a kind no installed app registers
        raise Http404
    example = types.SimpleNamespace(full_name=_("Example Subdistrict Administrative Organisation"))
    context = kind.sample_context(example) if kind.sample_context else {}
    table = layout_table(layout.kind, sample_rows(layout.kind), context, layout=layout)
    response = table_response(table, format, filename=_("%(layout)s (sample)") % {"layout": layout.name})
    add_never_cache_headers(response)
    return response
