"""Verify an OpenID Connect ID token: signature, issuer, audience, expiry.

OpenID Connect allows a client to skip the signature check of an ID token it received
straight from the token endpoint over TLS, and allauth does skip it. The portal checks it
anyway: the token carries the national ID (ThaID's ``pid``) that decides who may vote, and a
check costs one cached request. Keys come from the provider's JWKS for asymmetric algorithms
(ThaID signs with ES256, most others with RS256); HS256 tokens (LINE Login on the web) are
checked with the client secret, as the OpenID Connect core specification prescribes.
"""

import json

import jwt
from allauth.socialaccount.internal.jwtkit import verify_jti
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from jwt.algorithms import get_default_algorithms

ASYMMETRIC = {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
SYMMETRIC = {"HS256", "HS384", "HS512"}
DEFAULT_ALGORITHMS = ("ES256", "RS256")


def _key_from_jwks(jwks, kid, alg):
    candidates = [
        k for k in (jwks or {}).get("keys", [])
        if k.get("use", "sig") == "sig" and (kid is None or k.get("kid") == kid)
    ]
    if kid is None and len(candidates) != 1:
        raise OAuth2Error("ID token has no key id and the provider publishes several keys")
    if not candidates:
        raise OAuth2Error("ID token signed with a key the provider does not publish")
    jwk = candidates[0]
    if jwk.get("alg") and jwk["alg"] != alg:
        raise OAuth2Error("ID token algorithm does not match the provider's key")
    try:
        return get_default_algorithms()[alg].from_jwk(json.dumps(jwk))
    except (KeyError, ValueError, jwt.InvalidKeyError) as error:
        raise OAuth2Error("Unusable key in the provider's JWKS") from error


def verify_id_token(id_token, *, issuer, audience, algorithms=DEFAULT_ALGORITHMS, jwks=None,
                    client_secret=None):
    """Return the verified claims of ``id_token``, or raise ``OAuth2Error``.

    ``jwks`` is the provider's key set (a dict, or a callable returning it, so it is fetched
    only for asymmetric tokens); ``client_secret`` is needed only when HS256 is allowed.
    """
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.PyJWTError as error:
        raise OAuth2Error("Malformed ID token") from error
    alg = header.get("alg")
    if alg not in algorithms or alg not in ASYMMETRIC | SYMMETRIC:
        raise OAuth2Error(f"ID token algorithm {alg!r} is not accepted for this provider")
    if alg in SYMMETRIC:
        if not client_secret:
            raise OAuth2Error("HS256 ID token but no client secret to check it with")
        key = client_secret
    else:
        key = _key_from_jwks(jwks() if callable(jwks) else jwks, header.get("kid"), alg)
    try:
        claims = jwt.decode(
            id_token,
            key=key,
            algorithms=[alg],
            issuer=issuer,
            audience=audience,
            options={"require": ["iss", "sub", "aud", "exp", "iat"], "verify_signature": True},
            leeway=30,
        )
    except jwt.PyJWTError as error:
        raise OAuth2Error("Invalid ID token") from error
    verify_jti(claims)  # a replayed token (same jti) is refused
    return claims
