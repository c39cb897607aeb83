from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpResponseRedirect
from django.urls import include, path
from django.utils.http import urlencode
from django.views.i18n import set_language

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls


def sign_in_through_allauth(admin_home):
    """Both admins sign in through allauth (second factor included): their own password forms
    are not served, so none of them bypasses allauth's throttling and MFA."""

    def view(request):
        query = urlencode({"next": request.GET.get("next") or admin_home})
        return HttpResponseRedirect(f"{settings.LOGIN_URL}?{query}")

    return view


urlpatterns = [
    path("django-admin/login/", sign_in_through_allauth("/django-admin/")),
    path("django-admin/", admin.site.urls),
    path("admin/login/", sign_in_through_allauth("/admin/")),
    # Views served in place of Wagtail's own, at its addresses: reports narrowed to the user's LAOs.
    path("admin/", include("portal.admin_scope.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    # Outside i18n_patterns: the OIDC callback URL registered with providers must not change
    # with the language (portal.accounts.language picks the language of these pages).
    path("accounts/", include("allauth.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Thai pages at /, English at /en/.
urlpatterns += i18n_patterns(
    path("privacy/", include("portal.privacy.urls")),
    path("", include("ideas.urls")),
    path("", include("planning.urls")),
    path("", include("search.urls")),
    path("", include("dashboard.urls")),
    path("", include("portal.identity.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
