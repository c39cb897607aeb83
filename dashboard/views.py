"""The participation overview of the central site (``/overview/``) and its CSV and XLSX exports.

An LAO's site has no overview of its own: its ``/overview/`` sends the visitor to the central
site's overview filtered by the LAO's province, where the LAO has its row.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from portal.templatetags.thai_dates import thai_datetime
from portal.tenancy.current import authority_for_request
from portal.tenancy.models import AuthorityKind

from . import figures as f

EXPORT_FORMATS = ("csv", "xlsx")


def central_overview_url(request, authority):
    """The central site's overview filtered to ``authority``'s province, in the page's language."""
    port = "" if settings.PORTAL_PORT in (80, 443) else f":{settings.PORTAL_PORT}"
    query = urlencode({"province": authority.province_id})
    return f"{request.scheme}://{settings.PORTAL_DOMAIN}{port}{reverse('dashboard:overview')}?{query}"


@require_GET
def overview(request):
    authority = authority_for_request(request)
    if authority is not None:
        return HttpResponseRedirect(central_overview_url(request, authority))
    form = f.OverviewForm(request.GET or None)
    data = f.figures(form)
    rows = data["rows"]
    if not data["by_lao"]:
        for row in rows:
            row["url"] = "?" + form.query_string(province=row["province"])
    return render(request, "dashboard/overview.html", {
        "form": form, "rows": rows, "totals": data["totals"], "by_lao": data["by_lao"],
        "computed_at": data["computed_at"], "query_string": form.query_string(),
        "year_label": f.year_label(form.value("year")), "province": form.value("province"),
        "kind_label": AuthorityKind(form.value("kind")).label if form.value("kind") else "",
        "all_provinces_query": form.query_string(province=""),
    })


@require_GET
def overview_export(request, format):
    """The table of the page, with its totals, as CSV or XLSX."""
    from portal.documents.tables import table_response

    if format not in EXPORT_FORMATS:
        raise Http404("Unknown format")
    if authority_for_request(request) is not None:
        raise Http404("The overview is on the central site")
    form = f.OverviewForm(request.GET or None)
    data = f.figures(form)
    as_of = _("Figures as of %(time)s") % {"time": thai_datetime(data["computed_at"])}
    title = "\n".join([_("Participation overview"), form.description, as_of])
    day = timezone.localdate()
    where = form.value("province").name_th if form.value("province") else "ทุกจังหวัด"
    return table_response(f.export_table(data, title), format,
                          filename=f"ภาพรวมการมีส่วนร่วม {where} {day.isoformat()}")
