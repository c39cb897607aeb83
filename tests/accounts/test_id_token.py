"""ID token checks: ES256 (ThaID) and RS256 from the JWKS, HS256 with the client secret (LINE)."""

import json
import time

import jwt
import pytest
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from portal.accounts.oidc.id_token import verify_id_token

ISSUER, CLIENT = "https://imauth.bora.dopa.go.th", "portal-client"


def claims(**extra):
    now = int(time.time())
    return {"iss": ISSUER, "aud": CLIENT, "sub": "abc", "iat": now, "exp": now + 300, **extra}


@pytest.fixture
def ec_key():
    key = ec.generate_private_key(ec.SECP256R1())
    jwk = {**json.loads(ECAlgorithm.to_jwk(key.public_key())), "kid": "ec-1", "use": "sig", "alg": "ES256"}
    return key, {"keys": [jwk]}


@pytest.fixture
def rsa_key():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = {**json.loads(RSAAlgorithm.to_jwk(key.public_key())), "kid": "rsa-1", "use": "sig"}
    return key, {"keys": [jwk]}


def verify(token, **kwargs):
    return verify_id_token(token, issuer=ISSUER, audience=CLIENT, **kwargs)


def test_es256_token_from_the_jwks_is_accepted(ec_key):
    key, jwks = ec_key
    token = jwt.encode(claims(pid="1112034563562"), key, algorithm="ES256", headers={"kid": "ec-1"})
    assert verify(token, jwks=jwks)["pid"] == "1112034563562"


def test_rs256_token_is_accepted_and_jwks_fetched_lazily(rsa_key):
    key, jwks = rsa_key
    token = jwt.encode(claims(), key, algorithm="RS256", headers={"kid": "rsa-1"})
    assert verify(token, jwks=lambda: jwks)["sub"] == "abc"


def test_tampered_payload_is_refused(ec_key):
    key, jwks = ec_key
    header, payload, signature = jwt.encode(claims(pid="1112034563562"), key, algorithm="ES256",
                                            headers={"kid": "ec-1"}).split(".")
    forged = jwt.utils.base64url_encode(json.dumps(claims(pid="3100600213951")).encode()).decode()
    with pytest.raises(OAuth2Error):
        verify(f"{header}.{forged}.{signature}", jwks=jwks)


def test_token_signed_by_another_key_with_the_same_kid_is_refused(ec_key):
    _, jwks = ec_key
    other = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(OAuth2Error):
        verify(jwt.encode(claims(), other, algorithm="ES256", headers={"kid": "ec-1"}), jwks=jwks)


@pytest.mark.parametrize("algorithm", ["none", "HS256"])
def test_unsigned_or_symmetric_tokens_are_refused_where_not_allowed(ec_key, algorithm):
    _, jwks = ec_key
    token = jwt.encode(claims(), "secret-of-the-client-32-bytes-long" if algorithm == "HS256" else None, algorithm=algorithm)
    with pytest.raises(OAuth2Error, match="not accepted"):
        verify(token, jwks=jwks, client_secret="secret-of-the-client-32-bytes-long")


def test_hs256_token_checked_with_the_client_secret_where_allowed():
    # LINE Login on the web signs ID tokens with the channel secret.
    token = jwt.encode(claims(), "0123456789abcdef0123456789abcdef", algorithm="HS256")
    assert verify(token, algorithms=["HS256", "ES256"], client_secret="0123456789abcdef0123456789abcdef")["sub"] == "abc"
    with pytest.raises(OAuth2Error):
        verify(token, algorithms=["HS256"], client_secret="fedcba9876543210fedcba9876543210")


@pytest.mark.parametrize("change", [{"iss": "https://evil.example"}, {"aud": "other-client"},
                                    {"exp": int(time.time()) - 3600}])
def test_wrong_issuer_audience_or_expired_is_refused(ec_key, change):
    key, jwks = ec_key
    with pytest.raises(OAuth2Error):
        verify(jwt.encode(claims(**change), key, algorithm="ES256", headers={"kid": "ec-1"}), jwks=jwks)


def test_replayed_token_is_refused(ec_key):
    key, jwks = ec_key
    token = jwt.encode(claims(jti="once-only-jti"), key, algorithm="ES256", headers={"kid": "ec-1"})
    verify(token, jwks=jwks)
    with pytest.raises(OAuth2Error):
        verify(token, jwks=jwks)
