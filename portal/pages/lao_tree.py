"""Which LAO a page belongs to, read from its place in the tree.

Every LAO home page sits at depth 2 (provisioning guarantees it), the English home page is a
translation of the Thai one, and ``Authority.home_page`` points at the Thai one. So the LAO of
any page is the Authority whose home page shares a translation key with the page's depth-2
ancestor: one query, for the Thai and the English tree alike.
"""

from wagtail.models import Page

from portal.tenancy.models import Authority, Village


def _home_translation_keys(page, parent_page=None):
    # A page being created has no path yet: its parent's tree is its tree.
    path = page.path or (parent_page.path if parent_page is not None else "")
    if len(path) < 2 * Page.steplen:
        return None
    return Page.objects.filter(path=path[: 2 * Page.steplen]).values("translation_key")


def authority_of_page(page, parent_page=None):
    """The Authority whose tree holds ``page`` (or will, under ``parent_page``), or None."""
    keys = _home_translation_keys(page, parent_page)
    if keys is None:
        return None
    return Authority.objects.filter(home_page__translation_key__in=keys).first()


def villages_of_page(page, parent_page=None):
    """The villages of the LAO whose tree holds ``page``; none outside an LAO tree."""
    keys = _home_translation_keys(page, parent_page)
    if keys is None:
        return Village.objects.none()
    return Village.objects.filter(authority__home_page__translation_key__in=keys).order_by("number")
