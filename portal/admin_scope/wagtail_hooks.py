"""The admin's listings stay inside the user's scope: page chooser, explorer search, admin API media."""

from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from .scope import scope_for


@hooks.register("construct_page_chooser_queryset")
def chooser_pages_in_scope(pages, request):
    return scope_for(request).pages(pages)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages_in_scope(parent_page, pages, request):
    return scope_for(request).pages(pages)


class ScopedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return scope_for(self.request).collection_items(super().get_queryset())


class ScopedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return scope_for(self.request).collection_items(super().get_queryset())


@hooks.register("construct_admin_api", order=100)  # after wagtail.images' and wagtail.documents' own
def scoped_media_endpoints(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)


@hooks.register("construct_reports_menu")
def hide_install_wide_reports(request, menu_items):
    if scope_for(request).unrestricted:
        return
    hidden = {"page-types-usage"}
    menu_items[:] = [item for item in menu_items if item.name not in hidden]
