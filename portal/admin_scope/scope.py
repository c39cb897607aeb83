"""What of the Wagtail admin a member of staff may reach: the trees and collections of their LAOs.

A member of an LAO's staff (editor, approver, moderator, officer) works inside that LAO: its
Thai page tree and the English translation of it, its collection of images and documents.
Wagtail's own permission checks decide what they may *do* there; the scope decides what they
may *reach* at all, so that a view which checks only a global permission (wagtail-localize's
translation views, the page chooser, the admin API, bulk actions' confirmations) never shows or
changes another LAO's objects. DLA superusers reach everything.

The scope is the union of the LAOs where the person holds a role and of the pages and
collections their groups hold permissions on (a group the DLA made by hand keeps working).
"""

from django.db.models import Q

from wagtail.models import Collection, Page

from portal.tenancy.models import Authority
from portal.tenancy.provisioning import ROLES


class StaffScope:
    def __init__(self, user):
        self.user = user
        self.unrestricted = bool(user.is_active and user.is_superuser)
        if self.unrestricted:
            return
        names = list(user.groups.values_list("name", flat=True)) if user.is_authenticated else []
        codes = {name.split(" ", 1)[0] for name in names if name.split(" ", 1)[-1] in ROLES}
        authorities = Authority.objects.filter(dla_code__in=codes, home_page__isnull=False)
        self.authority_ids = set(authorities.values_list("pk", flat=True))
        homes = Page.objects.filter(translation_key__in=Page.objects.filter(
            pk__in=authorities.values("home_page_id")).values("translation_key"))
        granted_pages = Page.objects.none()
        granted_collections = Collection.objects.none()
        if user.is_authenticated:
            granted_pages = Page.objects.filter(group_permissions__group__user=user)
            granted_collections = Collection.objects.filter(group_permissions__group__user=user)
        self.page_paths = _outermost(
            set(homes.values_list("path", flat=True)) | set(granted_pages.values_list("path", flat=True)))
        collections = Collection.objects.filter(pk__in=authorities.values("collection_id"))
        self.collection_paths = _outermost(
            set(collections.values_list("path", flat=True)) | set(granted_collections.values_list("path", flat=True)))

    # ------------------------------------------------------------ pages

    def has_page_path(self, path):
        if self.unrestricted or len(path) <= Page.steplen:  # the root: the tree's top, no LAO's
            return True
        return any(path.startswith(prefix) for prefix in self.page_paths)

    def has_page(self, page):
        return self.has_page_path(page.path)

    def pages(self, queryset):
        """``queryset`` (of pages) narrowed to the scope."""
        if self.unrestricted:
            return queryset
        return queryset.filter(_prefix_q("path", self.page_paths))

    def has_page_ids(self, ids):
        ids = {int(i) for i in ids if str(i).isdigit()}
        if self.unrestricted or not ids:
            return True
        return self.pages(Page.objects.filter(pk__in=ids)).count() == len(
            set(Page.objects.filter(pk__in=ids).values_list("pk", flat=True)))

    # ------------------------------------------------------------ collections

    def has_collection_path(self, path):
        if self.unrestricted:
            return True
        return any(path.startswith(prefix) for prefix in self.collection_paths)

    def collection_items(self, queryset):
        """``queryset`` (of images or documents) narrowed to the scope's collections."""
        if self.unrestricted:
            return queryset
        return queryset.filter(_prefix_q("collection__path", self.collection_paths))

    # ------------------------------------------------------------ LAOs

    def has_authority_id(self, authority_id):
        return self.unrestricted or authority_id in self.authority_ids


def _outermost(paths):
    """The paths not inside another of them (a tree's root covers its pages)."""
    kept = []
    for path in sorted(paths, key=len):
        if not any(path.startswith(prefix) for prefix in kept):
            kept.append(path)
    return kept


def _prefix_q(field, prefixes):
    if not prefixes:
        return Q(pk__in=[])
    q = Q()
    for prefix in prefixes:
        q |= Q(**{f"{field}__startswith": prefix})
    return q


def scope_for(request):
    """The request's user's scope, computed once per request."""
    if not hasattr(request, "_ruamkhit_admin_scope"):
        request._ruamkhit_admin_scope = StaffScope(request.user)
    return request._ruamkhit_admin_scope
