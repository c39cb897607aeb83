"""Admin views: a consultation's poster for its editors, and sample files of a layout for DLA staff."""

import types

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.templatetags.thai_dates import fiscal_year_of

from .kinds import PLAN, PLAN_YEARS, plan_context, referrals_context
from .layouts import layout_table, sample_rows
from .models import ExportLayout
from .permissions import layout_permission_policy
from .posters import poster_filename, render_poster
from .response import file_response
from .tables import FORMATS, table_response

# Local development plans run in five-year periods: 2566–2570, 2571–2575, ...
FIRST_PLAN_YEAR = 2566


def consultation_poster_for_editors(request, page_id):
    """The poster as the public gets it, for whoever may edit the page (drafts included), never cached."""
    from consultations.models import ConsultationPage

    page = get_object_or_404(Page, id=page_id)
    if not issubclass(page.specific_class or type(page), ConsultationPage):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    page = page.specific
    content = render_poster(page, request)
    with translation.override(page.locale.language_code):
        response = file_response(content, poster_filename(page), "application/pdf", inline=True)
    add_never_cache_headers(response)
    return response


def current_plan_first_year(today=None):
    year = fiscal_year_of(today or timezone.localdate())
    return FIRST_PLAN_YEAR + PLAN_YEARS * ((year - FIRST_PLAN_YEAR) // PLAN_YEARS)


def layout_sample(request, layout_id, format):
    """The layout filled with made-up rows, to see what a change does before anyone exports."""
    if format not in FORMATS:
        raise Http404
    if not layout_permission_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    layout = get_object_or_404(ExportLayout, pk=layout_id)
    example = types.SimpleNamespace(full_name=_("Example Subdistrict Administrative Organisation"))
    if layout.kind == PLAN.code:
        context = plan_context(example, current_plan_first_year())
    else:
        context = referrals_context(example)
    table = layout_table(layout.kind, sample_rows(layout.kind), context, layout=layout)
    response = table_response(table, format, filename=_("%(layout)s (sample)") % {"layout": layout.name})
    add_never_cache_headers(response)
    return response
