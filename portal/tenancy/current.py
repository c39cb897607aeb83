"""The Authority (LAO) a request is addressed to, found once per request from its Site."""

from wagtail.models import Site

from .models import Authority


def authority_for_request(request):
    """The LAO whose site serves this request, or None (central site, unknown host)."""
    if not hasattr(request, "_ruamkhit_authority"):
        site = Site.find_for_request(request)
        authority = None
        if site is not None:
            authority = (
                Authority.objects.select_related("province", "site")
                .filter(home_page_id=site.root_page_id)
                .first()
            )
        request._ruamkhit_authority = authority
    return request._ruamkhit_authority
