"""Providers come from the environment, and LINE goes through the same generic OIDC provider."""

from django.test import RequestFactory
from django.urls import resolve

import pytest
from allauth.socialaccount.adapter import get_adapter

from portal.accounts.oidc import views as oidc_views
from portal.accounts.oidc.config import oidc_apps_from_environ, socialaccount_providers
from portal.accounts.oidc.provider import PortalOpenIDConnectProvider

ENVIRON = {
    "THAID_OIDC_ISSUER": "https://imauth.bora.dopa.go.th/",
    "THAID_OIDC_CLIENT_ID": "thaid-client",
    "THAID_OIDC_CLIENT_SECRET": "thaid-secret",
    "THAID_OIDC_SCOPES": "pid given_name family_name address",
    "LINE_CHANNEL_ID": "1657000000",
    "LINE_CHANNEL_SECRET": "line-secret",
}


def test_nothing_configured_means_no_provider():
    assert oidc_apps_from_environ({}) == []


def test_thaid_from_the_environment():
    (thaid, _) = oidc_apps_from_environ(ENVIRON)
    assert (thaid["provider_id"], thaid["client_id"], thaid["secret"]) == ("thaid", "thaid-client", "thaid-secret")
    assert thaid["settings"]["server_url"] == "https://imauth.bora.dopa.go.th"
    assert thaid["settings"]["token_auth_method"] == "client_secret_basic"
    assert thaid["settings"]["scope"] == ["openid", "pid", "given_name", "family_name", "address"]
    assert thaid["settings"]["id_token_algorithms"] == ["ES256", "RS256"]


def test_issuer_without_secret_is_a_configuration_error():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        oidc_apps_from_environ({"THAID_OIDC_CLIENT_ID": "x", "THAID_OIDC_ISSUER": "https://i"})


@pytest.mark.django_db
def test_line_goes_through_the_generic_openid_connect_provider(settings):
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers(oidc_apps_from_environ(ENVIRON))
    request = RequestFactory().get("/accounts/login/")
    line = get_adapter().get_provider(request, "line")

    assert isinstance(line, PortalOpenIDConnectProvider)
    assert line.id == "openid_connect" and line.app.provider_id == "line"
    assert line.server_url == "https://access.line.me/.well-known/openid-configuration"
    assert line.get_scope() == ["openid", "profile", "email"]
    assert line.app.client_id == "1657000000" and line.app.secret == "line-secret"
    assert line.app.settings["token_auth_method"] == "client_secret_post"
    assert line.app.settings["id_token_algorithms"] == ["HS256", "ES256"]
    # Its login and callback are the verifying views, as for ThaID.
    assert line.get_login_url(request) == "/accounts/oidc/line/login/"
    assert resolve("/accounts/oidc/line/login/callback/").func is oidc_views.callback
    assert resolve("/accounts/oidc/thaid/login/callback/").func is oidc_views.callback


@pytest.mark.django_db
def test_apps_in_the_database_are_ignored(settings):
    from allauth.socialaccount.models import SocialApp

    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers([])
    SocialApp.objects.create(provider="openid_connect", provider_id="rogue", name="Rogue", client_id="x",
                             settings={"server_url": "https://rogue.example"})
    assert get_adapter().list_apps(RequestFactory().get("/")) == []
