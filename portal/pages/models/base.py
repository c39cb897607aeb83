from django.conf import settings
from django.utils.functional import SimpleLazyObject

from wagtail.models import Page, Site

from portal.pages.active_locale import active_locale_id
from portal.tenancy.site_root_paths import root_paths_for


class PortalPage(Page):
    """Base of every page type of the portal.

    URL building looks up only the Sites of this page's own tree (see
    ``portal.tenancy.site_root_paths``) instead of scanning every Site, and a page links to
    another LAO's page with its full URL.
    """

    class Meta:
        abstract = True

    def _get_relevant_site_root_paths(self, cache_object=None):
        if cache_object is not None and not hasattr(cache_object, "_wagtail_cached_site_root_paths"):
            # Wagtail's redirect handler reads this attribute after get_url_parts(); give it
            # the full list, computed only if something really reads it.
            try:
                cache_object._wagtail_cached_site_root_paths = SimpleLazyObject(
                    Site.get_site_root_paths
                )
            except AttributeError:
                pass
        return tuple(root_paths_for(self, cache_object))

    def get_url(self, request=None, current_site=None):
        if current_site is None and request is not None:
            current_site = Site.find_for_request(request)
        url_parts = self.get_url_parts(request=request)
        if url_parts is None or url_parts[1] is None and url_parts[2] is None:
            return None
        site_id, root_url, page_path = url_parts
        if current_site is not None and site_id == current_site.id:
            return page_path
        return root_url + page_path

    url = property(get_url)

    @property
    def localized_draft(self):
        """This page in the active language (Wagtail's, without a Locale query per call)."""
        if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            return self
        locale_id = active_locale_id()
        if locale_id is None or locale_id == self.locale_id:
            return self
        return self.get_translation_or_none(locale_id) or self
