"""Sign in with a real OpenID Connect provider (django-oauth-toolkit, started by the test).

The portal runs on pytest-django's live server; the provider on another port of 127.0.0.1.
A real HTTP client walks portal → provider (sign in there) → portal callback. Checked: the
code is exchanged with client_secret_basic and PKCE, the ID token's signature is checked
against the provider's JWKS (a key the provider did not sign with is refused), the person is
signed in, the claims reach ``apply_oidc_claims`` exactly as sent, and the national ID is
stored nowhere.
"""

import html
import http.server
import json
import re
import threading
from io import StringIO
from urllib.parse import urljoin

from django.contrib.sessions.models import Session
from django.core.management import call_command

import pytest
import requests
from allauth.socialaccount.models import SocialAccount, SocialToken
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from portal.accounts.oidc.config import socialaccount_providers
from portal.privacy.models import Consent, PrivacyNotice

from .conftest import CITIZEN_CLAIMS, NATIONAL_ID

pytestmark = pytest.mark.django_db(transaction=True)


def form_value(page, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', page)
    return html.unescape(match.group(1)) if match else None


def sign_in_through_provider(browser, live_server, provider, provider_id="thaid", next_url="/",
                             complete_sign_up=True):
    """Walk the whole flow; return the portal's answer to the provider's redirect (the callback).

    A first sign-in goes through the sign-up form (the PDPA consent): with ``complete_sign_up``
    the person consents there, and the answer to that form is returned instead.
    """
    start = browser.get(f"{live_server.url}/accounts/oidc/{provider_id}/login/", params={"next": next_url})
    assert start.status_code == 200
    at_provider = browser.post(start.url, data={"csrfmiddlewaretoken": form_value(start.text, "csrfmiddlewaretoken")})
    assert at_provider.url.startswith(f"http://127.0.0.1:{provider.port}/login/"), at_provider.url
    back = browser.post(at_provider.url, data={
        "csrfmiddlewaretoken": form_value(at_provider.text, "csrfmiddlewaretoken"),
        "next": form_value(at_provider.text, "next"),
        "username": provider.username,
        "password": provider.password,
    }, allow_redirects=False)
    # provider login → authorize → portal callback: follow by hand to keep the callback's answer.
    response = back
    while response.is_redirect and "/login/callback/" not in response.url:
        response = browser.get(urljoin(response.url, response.headers["Location"]), allow_redirects=False)
    assert "/login/callback/" in response.url, response.url
    if complete_sign_up and response.is_redirect and response.headers["Location"] == "/accounts/3rdparty/signup/":
        form = browser.get(f"{live_server.url}/accounts/3rdparty/signup/")
        response = browser.post(form.url, data={
            "csrfmiddlewaretoken": form_value(form.text, "csrfmiddlewaretoken"), "email": "somchai@example.org",
            "accept": "on", "age": "adult",
        }, allow_redirects=False)
    return response


def signed_in_user_id(browser):
    key = browser.cookies.get("sessionid", domain="localhost.local") or browser.cookies.get("sessionid")
    if not key:
        return None
    session = Session.objects.filter(session_key=key).first()
    return session and session.get_decoded().get("_auth_user_id")


def nothing_stores(value):
    dump = StringIO()
    call_command("dumpdata", stdout=dump)
    sessions = [json.dumps(s.get_decoded(), ensure_ascii=False) for s in Session.objects.all()]
    return value not in dump.getvalue() and not any(value in s for s in sessions)


@pytest.fixture
def thaid(oidc_provider, settings):
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers([oidc_provider.app_config("thaid")])
    return oidc_provider


def test_citizen_signs_in_with_the_provider(thaid, live_server, recorded_claims):
    browser = requests.Session()
    callback = sign_in_through_provider(browser, live_server, thaid)

    # Signed in and sent on to where they were going.
    assert callback.status_code == 302 and callback.headers["Location"] == "/"
    account = SocialAccount.objects.get(provider="thaid")
    assert signed_in_user_id(browser) == str(account.user_id)
    assert account.user.email == "somchai@example.org"

    # The code was exchanged server to server, with client_secret_basic and PKCE; the ID
    # token's keys were fetched (the signature was checked).
    log = thaid.requests_log()
    token_requests = [r for r in log if r["path"] == "/o/token/"]
    assert token_requests == [{
        "method": "POST", "path": "/o/token/", "basic_auth_client": thaid.client_id,
        "secret_in_body": False, "has_code_verifier": True, "status": 200,
    }]
    assert any(r["path"].startswith("/o/.well-known/jwks") and r["status"] == 200 for r in log)

    # The claims reached portal.identity exactly as the provider sent them.
    assert len(recorded_claims) == 1
    user, provider_id, claims = recorded_claims[0]
    assert (user.pk, provider_id) == (account.user_id, "thaid")
    assert claims["pid"] == NATIONAL_ID
    assert claims["address"] == CITIZEN_CLAIMS["address"]
    assert claims["name"] == CITIZEN_CLAIMS["name"]

    # ...and the national ID is stored nowhere: not in the social account, not in a session,
    # not anywhere in the database; no token is kept that could fetch it again.
    assert NATIONAL_ID not in json.dumps(account.extra_data)
    assert account.extra_data["id_token"]["name"] == CITIZEN_CLAIMS["name"]
    assert not SocialToken.objects.exists()
    assert nothing_stores(NATIONAL_ID)


def test_returning_citizen_hands_over_claims_again(thaid, live_server, recorded_claims):
    sign_in_through_provider(requests.Session(), live_server, thaid)
    browser = requests.Session()
    callback = sign_in_through_provider(browser, live_server, thaid)
    assert callback.status_code == 302
    assert SocialAccount.objects.count() == 1
    assert signed_in_user_id(browser) == str(SocialAccount.objects.get().user_id)
    assert [c[2]["pid"] for c in recorded_claims] == [NATIONAL_ID, NATIONAL_ID]
    assert nothing_stores(NATIONAL_ID)


def test_sign_up_form_keeps_the_claims_encrypted_until_sent(thaid, live_server, recorded_claims, settings):
    # With a sign-up form (the PDPA consent), allauth parks the sign-in in the session.
    PrivacyNotice.objects.get_or_create(version=1, defaults={"summary_th": "ประกาศ", "body_th": "<p>ประกาศ</p>"})
    browser = requests.Session()
    callback = sign_in_through_provider(browser, live_server, thaid, complete_sign_up=False)
    assert callback.status_code == 302 and callback.headers["Location"] == "/accounts/3rdparty/signup/"
    assert recorded_claims == []
    assert nothing_stores(NATIONAL_ID)  # the pending sign-in is in the session, the ID is not

    form = browser.get(f"{live_server.url}/accounts/3rdparty/signup/")
    assert form.status_code == 200
    done = browser.post(form.url, data={
        "csrfmiddlewaretoken": form_value(form.text, "csrfmiddlewaretoken"), "email": "somchai@example.org",
        "accept": "on", "age": "adult",
    }, allow_redirects=False)
    assert done.status_code == 302, done.text[:2000]
    assert Consent.objects.filter(user__email="somchai@example.org", notice__version=1).exists()
    account = SocialAccount.objects.get(provider="thaid")
    assert [(u.pk, p, c["pid"]) for u, p, c in recorded_claims] == [(account.user_id, "thaid", NATIONAL_ID)]
    assert nothing_stores(NATIONAL_ID)


@pytest.fixture
def forged_jwks(thaid):
    """A JWKS with the provider's key id but another key: what a forged token would need."""
    real = requests.get(f"{thaid.issuer}/.well-known/jwks.json", timeout=5).json()["keys"][0]
    other = json.loads(RSAAlgorithm.to_jwk(rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()))
    body = json.dumps({"keys": [{**other, "kid": real["kid"], "alg": "RS256", "use": "sig"}]}).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/jwks.json"
    server.shutdown()


def test_id_token_not_signed_by_the_trusted_key_is_refused(thaid, forged_jwks, live_server, recorded_claims,
                                                           settings):
    # Same provider, same key id, but the portal trusts another key: the signature must fail.
    app = thaid.app_config("thaid-forged", openid_configuration_overrides={"jwks_uri": forged_jwks})
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers([app])
    browser = requests.Session()
    callback = sign_in_through_provider(browser, live_server, thaid, provider_id="thaid-forged")

    assert callback.status_code == 401  # allauth's sign-in error page, not a redirect into the site
    assert "/o/token/" in [r["path"] for r in thaid.requests_log()]  # the code was exchanged...
    assert signed_in_user_id(browser) is None  # ...but nobody is signed in
    assert not SocialAccount.objects.exists()
    assert recorded_claims == []
