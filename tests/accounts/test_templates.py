"""Every allauth page the portal uses renders in the portal's layout, in Thai, inputs labelled."""

import html
import re

from django.test import Client

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

from portal.accounts.oidc.config import oidc_app, socialaccount_providers
from tests.conftest import give_totp, staff_login

ANONYMOUS_PAGES = [
    "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/accounts/password/reset/done/",
    "/accounts/confirm-email/", "/accounts/confirm-email/no-such-key/", "/accounts/password/reset/key/1-no-key/",
    "/accounts/3rdparty/login/cancelled/", "/accounts/3rdparty/login/error/", "/accounts/oidc/thaid/login/",
]
SIGNED_IN_PAGES = [
    "/accounts/logout/", "/accounts/email/", "/accounts/password/change/", "/accounts/3rdparty/",
    "/accounts/2fa/", "/accounts/reauthenticate/", "/accounts/2fa/reauthenticate/",
    "/accounts/2fa/totp/deactivate/", "/accounts/2fa/recovery-codes/", "/accounts/2fa/recovery-codes/generate/",
]
# Latin words allowed on a Thai page: names of services and the like.
ALLOWED_LATIN = {"ThaID", "LINE", "English", "TOTP", "example", "somsri"}


def check_thai_page(response, status=200):
    assert response.status_code == status, response
    page = response.content.decode()
    assert '<html lang="th">' in page
    assert 'class="site-header"' in page  # the portal's own layout
    main = re.search(r"<main.*?</main>", page, re.S).group(0)
    for tag in re.findall(r"<(?:input|textarea|select)\b[^>]*>", main):
        if re.search(r'type="(hidden|submit)"', tag):
            continue
        field_id = re.search(r'id="([^"]+)"', tag)
        assert field_id, f"input without id: {tag}"
        assert f'for="{field_id.group(1)}"' in main, f"input without label: {tag}"
    text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style).*?</\1>", "", main, flags=re.S)))
    latin = {w for w in re.findall(r"[A-Za-z]{4,}", text) if w not in ALLOWED_LATIN and "@" not in w}
    assert not latin, f"English left on a Thai page: {sorted(latin)}"


@pytest.fixture
def somsri(django_user_model):
    user = django_user_model.objects.create_user("somsri", "somsri@example.org", "pw-for-tests-1")
    EmailAddress.objects.create(user=user, email="somsri@example.org", verified=True, primary=True)
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_anonymous_pages(client, settings, path):
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers([oidc_app(
        "thaid", "ThaID", issuer="https://thaid.example", client_id="c", secret="s", scopes=["openid"],
        token_auth_method="client_secret_basic", algorithms=["ES256"])])
    check_thai_page(client.get(path), status=401 if path.endswith("/error/") else 200)


@pytest.mark.django_db
@pytest.mark.parametrize("path", SIGNED_IN_PAGES)
def test_signed_in_pages(client, somsri, path):
    staff_login(client, somsri)  # TOTP set up and used, so every MFA page is reachable
    RecoveryCodes.activate(somsri)
    session = client.session
    session["account_authentication_methods"][-1]["reauthenticated"] = True
    session.save()
    check_thai_page(client.get(path))


@pytest.mark.django_db
def test_second_factor_pages_during_sign_in(client, somsri):
    give_totp(somsri)
    client.post("/accounts/login/", {"login": "somsri", "password": "pw-for-tests-1"})
    check_thai_page(client.get("/accounts/2fa/authenticate/"))


@pytest.mark.django_db
def test_totp_activation_page(client, somsri):
    client.post("/accounts/login/", {"login": "somsri", "password": "pw-for-tests-1"})
    client.post("/accounts/reauthenticate/?next=/accounts/2fa/totp/activate/", {"password": "pw-for-tests-1"})
    response = client.get("/accounts/2fa/totp/activate/")
    check_thai_page(response)
    assert "data:image/svg+xml;base64," in response.content.decode()  # the QR code, inline


@pytest.mark.django_db
def test_english_pages_are_english(somsri):
    client = Client()
    response = client.get("/accounts/login/?lang=en")
    assert '<html lang="en">' in response.content.decode()
    assert "Sign In" in response.content.decode()
