"""The OpenID Connect apps, built from environment variables.

Each provider is switched on by setting its client id; nothing is read from the database.

| provider | variables |
|---|---|
| ThaID (DOPA) | ``THAID_OIDC_ISSUER``, ``THAID_OIDC_CLIENT_ID``, ``THAID_OIDC_CLIENT_SECRET``, ``THAID_OIDC_SCOPES`` |
| DGA Digital ID | ``DGA_OIDC_ISSUER``, ``DGA_OIDC_CLIENT_ID``, ``DGA_OIDC_CLIENT_SECRET``, ``DGA_OIDC_SCOPES`` |
| LINE Login | ``LINE_CHANNEL_ID``, ``LINE_CHANNEL_SECRET`` (issuer ``https://access.line.me``) |
"""

from django.core.exceptions import ImproperlyConfigured

LINE_ISSUER = "https://access.line.me"


def _scopes(value, default):
    scopes = (value or default).replace(",", " ").split()
    if "openid" not in scopes:
        scopes.insert(0, "openid")
    return scopes


def oidc_app(provider_id, name, *, issuer, client_id, secret, scopes, token_auth_method,
             algorithms):
    """One entry of ``SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"]``."""
    if not issuer or not secret:
        raise ImproperlyConfigured(f"Sign-in with {name}: set the issuer and the client secret too.")
    return {
        "provider_id": provider_id,
        "name": name,
        "client_id": client_id,
        "secret": secret,
        "settings": {
            "server_url": issuer.rstrip("/"),
            "scope": scopes,
            "token_auth_method": token_auth_method,
            "oauth_pkce_enabled": True,
            # Read by portal.accounts.oidc.views: the signature algorithms accepted for ID tokens.
            "id_token_algorithms": algorithms,
        },
    }


def oidc_apps_from_environ(environ):
    apps = []
    for prefix, provider_id, name, default_scopes in (
        ("THAID", "thaid", "ThaID", "openid pid given_name family_name name birthdate address"),
        ("DGA", "dga", "DGA Digital ID", "openid profile email"),
    ):
        client_id = environ.get(f"{prefix}_OIDC_CLIENT_ID", "")
        if not client_id:
            continue
        apps.append(oidc_app(
            provider_id, name,
            issuer=environ.get(f"{prefix}_OIDC_ISSUER", ""),
            client_id=client_id,
            secret=environ.get(f"{prefix}_OIDC_CLIENT_SECRET", ""),
            scopes=_scopes(environ.get(f"{prefix}_OIDC_SCOPES"), default_scopes),
            token_auth_method=environ.get(f"{prefix}_OIDC_TOKEN_AUTH_METHOD", "client_secret_basic"),
            algorithms=["ES256", "RS256"],
        ))
    if environ.get("LINE_CHANNEL_ID"):
        # LINE signs web-login ID tokens with HS256 (the channel secret), app tokens with ES256,
        # and takes the client secret in the token request's body.
        apps.append(oidc_app(
            "line", "LINE",
            issuer=LINE_ISSUER,
            client_id=environ["LINE_CHANNEL_ID"],
            secret=environ.get("LINE_CHANNEL_SECRET", ""),
            scopes=["openid", "profile", "email"],
            token_auth_method="client_secret_post",
            algorithms=["HS256", "ES256"],
        ))
    return apps


def socialaccount_providers(apps):
    return {
        "openid_connect": {
            "provider_class": "portal.accounts.oidc.provider.PortalOpenIDConnectProvider",
            "OAUTH_PKCE_ENABLED": True,
            "APPS": apps,
        }
    }
