"""Sign-in with OpenID Connect providers (ThaID, DGA Digital ID, LINE) through allauth.

allauth's generic ``openid_connect`` provider does the protocol; this package adds what the
portal needs on top of it, through allauth's documented ``provider_class`` setting:

- ``config``: the provider apps, built from environment variables (never from the database);
- ``id_token``: the ID token's signature is always checked (allauth skips the check when the
  token came straight from the token endpoint), with a per-provider list of algorithms;
- ``sensitive_claims``: national-ID claims are taken out of what allauth stores.
"""
