"""Login and callback views of the OpenID Connect provider, with the ID token always checked."""

from django.http import Http404

from allauth.account.internal.decorators import login_not_required
from allauth.socialaccount.adapter import get_adapter
from allauth.socialaccount.models import SocialApp
from allauth.socialaccount.providers.oauth2.views import OAuth2CallbackView, OAuth2LoginView
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter

from .id_token import DEFAULT_ALGORITHMS, verify_id_token


class VerifyingOpenIDConnectAdapter(OpenIDConnectOAuth2Adapter):
    def _fetch_jwks(self):
        with get_adapter().get_requests_session() as session:
            response = session.get(self.openid_config["jwks_uri"])
            response.raise_for_status()
            return response.json()

    def _decode_id_token(self, app, id_token):
        return verify_id_token(
            id_token,
            issuer=self.openid_config["issuer"],
            audience=app.client_id,
            algorithms=tuple(app.settings.get("id_token_algorithms") or DEFAULT_ALGORITHMS),
            jwks=self._fetch_jwks,
            client_secret=app.secret,
        )


@login_not_required
def login(request, provider_id):
    try:
        return OAuth2LoginView.adapter_view(VerifyingOpenIDConnectAdapter(request, provider_id))(request)
    except SocialApp.DoesNotExist as error:
        raise Http404 from error


@login_not_required
def callback(request, provider_id):
    try:
        return OAuth2CallbackView.adapter_view(VerifyingOpenIDConnectAdapter(request, provider_id))(request)
    except SocialApp.DoesNotExist as error:
        raise Http404 from error
