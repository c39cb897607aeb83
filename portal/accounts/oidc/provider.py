"""allauth's OpenID Connect provider, with checked ID tokens and no stored national IDs.

Installed with ``SOCIALACCOUNT_PROVIDERS["openid_connect"]["provider_class"]``: it keeps the
provider id ``openid_connect`` and every setting of allauth's provider, and serves its login
and callback URLs from this package (``urls.py``, same names, same paths).
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import salted_hmac

from allauth.socialaccount.providers.openid_connect.provider import OpenIDConnectProvider

from .sensitive_claims import is_thai_national_id, merged_claims, strip_extra_data, uses_sensitive_uid
from .views import VerifyingOpenIDConnectAdapter


class PortalOpenIDConnectProvider(OpenIDConnectProvider):
    oauth2_adapter_class = VerifyingOpenIDConnectAdapter
    package = "portal.accounts.oidc"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if uses_sensitive_uid(self.app.settings):
            raise ImproperlyConfigured(
                f"OIDC app {self.app.provider_id!r}: uid_field must not be a national ID claim."
            )

    def extract_uid(self, data):
        uid = super().extract_uid(data)
        # A provider whose subject is the national ID itself: keep a keyed hash as the uid.
        if is_thai_national_id(uid):
            uid = "h:" + salted_hmac("portal.accounts.oidc.uid", uid, algorithm="sha256").hexdigest()
        return uid

    def extract_extra_data(self, data):
        return strip_extra_data(super().extract_extra_data(data))

    def sociallogin_from_response(self, request, response):
        sociallogin = super().sociallogin_from_response(request, response)
        # Only in memory (allauth does not serialise attributes named _...): handed to portal.identity once the user is known (see adapters.py).
        # The sign-in keeps them; the account keeps them too, as allauth may swap the sign-in's
        # account for the stored one (lookup) or rebuild the sign-in from the session.
        sociallogin._portal_claims = sociallogin.account._portal_claims = merged_claims(response)
        return sociallogin
