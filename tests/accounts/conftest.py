"""Fixtures for sign-in tests: a real OpenID Connect provider on 127.0.0.1 (tests/oidc_provider)."""

import json
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]

NATIONAL_ID = "1112034563562"
CITIZEN_CLAIMS = {
    "pid": NATIONAL_ID,
    "name": "สมชาย ใจดี",
    "given_name": "สมชาย",
    "family_name": "ใจดี",
    "birthdate": "1990-05-17",
    "email": "somchai@example.org",
    "email_verified": True,
    "address": {
        "formatted": "99 หมู่ที่ 3 ตำบลอ่าวนาง อำเภอเมืองกระบี่ จังหวัดกระบี่ 81180",
        "street_address": "99 หมู่ที่ 3",
        "locality": "ตำบลอ่าวนาง",
        "region": "กระบี่",
        "postal_code": "81180",
        "country": "TH",
    },
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class OIDCProvider:
    port: int
    workdir: Path
    client_id: str = "ruamkhit-test"
    client_secret: str = "test-client-secret-0123456789"
    username: str = "somchai"
    password: str = "provider-pw-1"
    claims: dict = field(default_factory=lambda: dict(CITIZEN_CLAIMS))

    @property
    def issuer(self):
        return f"http://127.0.0.1:{self.port}/o"

    def requests_log(self):
        log = self.workdir / "requests.jsonl"
        return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []

    def app_config(self, provider_id="thaid", **settings):
        """An entry for SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"], as config.py makes."""
        from portal.accounts.oidc.config import oidc_app

        app = oidc_app(
            provider_id, "ThaID (test)", issuer=self.issuer, client_id=self.client_id,
            secret=self.client_secret, scopes=["openid", "pid", "profile", "email", "address"],
            token_auth_method="client_secret_basic", algorithms=["ES256", "RS256"],
        )
        app["settings"].update(settings)
        return app


def start_provider(tmp_path, redirect_uris):
    provider = OIDCProvider(port=free_port(), workdir=tmp_path / "oidc-provider")
    config = {
        "port": provider.port,
        "workdir": str(provider.workdir),
        "client": {"id": provider.client_id, "secret": provider.client_secret, "redirect_uris": redirect_uris},
        "users": [{"username": provider.username, "password": provider.password, "claims": provider.claims}],
    }
    config_path = tmp_path / "oidc-provider.json"
    config_path.write_text(json.dumps(config, ensure_ascii=False))
    output = open(tmp_path / "oidc-provider.out", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.oidc_provider.run", str(config_path)],
        cwd=ROOT, stdout=output, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(f"{provider.issuer}/.well-known/openid-configuration", timeout=2).ok:
                break
        except requests.ConnectionError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("The test OIDC provider did not start:\n" + (tmp_path / "oidc-provider.out").read_text())
        time.sleep(0.2)
    return process, provider


@pytest.fixture
def oidc_provider(live_server, tmp_path):
    """The provider, with the portal's callback (on the live server) registered for "thaid"."""
    callbacks = [f"{live_server.url}/accounts/oidc/{pid}/login/callback/" for pid in ("thaid", "thaid-forged")]
    process, provider = start_provider(tmp_path, callbacks)
    yield provider
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def recorded_claims(monkeypatch):
    """Every call of portal.identity.claims.apply_oidc_claims, as (user, provider_id, claims)."""
    calls = []
    monkeypatch.setattr(
        "portal.identity.claims.apply_oidc_claims",
        lambda user, provider_id, claims: calls.append((user, provider_id, claims)),
    )
    return calls


@pytest.fixture(autouse=True)
def fresh_cache():
    """allauth's rate limits and used TOTP codes live in the cache: start every test clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def person(django_user_model):
    """Make a user who can sign in: password and a verified e-mail address (allauth's rule)."""
    from allauth.account.models import EmailAddress

    def make(username, email=None, password="pw-for-tests-1", **fields):
        email = email or f"{username}@example.org"
        user = django_user_model.objects.create_user(username=username, email=email, password=password, **fields)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    return make
