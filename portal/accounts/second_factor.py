"""Staff need a second factor for the admin: TOTP set up, and used in this session.

Whoever reaches the Wagtail admin (``/admin/``) or Django's admin (``/django-admin/``) with
access to it must have a TOTP authenticator (allauth MFA) and must have given a code since
signing in. Otherwise the request is redirected: to set up TOTP when there is none, else to
enter a code (allauth's MFA re-authentication), and back to the admin afterwards. Citizens,
who have no admin access, are never asked. Sign-in pages of the admins themselves are
redirected to allauth's (see ``portal.urls``), so no password login bypasses allauth.
"""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def has_admin_access(user):
    return user.is_active and (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def used_second_factor(request):
    return any(r.get("method") == "mfa" for r in get_authentication_records(request, request.user))


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class StaffSecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(getattr(settings, "PORTAL_SECOND_FACTOR_PATHS", ADMIN_PREFIXES))

    def __call__(self, request):
        if request.path.startswith(self.prefixes) and request.user.is_authenticated:
            response = self.require_second_factor(request)
            if response is not None:
                return response
        return self.get_response(request)

    def require_second_factor(self, request):
        user = request.user
        if not has_admin_access(user) or used_second_factor(request):
            return None
        query = urlencode({"next": request.get_full_path()})
        if has_totp(user):
            messages.info(request, _("Enter the code from your authenticator app to open the admin."))
            return HttpResponseRedirect(f"{reverse('mfa_reauthenticate')}?{query}")
        messages.warning(
            request, _("Staff need a second factor: set up an authenticator app to open the admin.")
        )
        return HttpResponseRedirect(f"{reverse('mfa_activate_totp')}?{query}")
