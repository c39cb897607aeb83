"""PLACEHOLDER, to be replaced by the identity verification work.

``apply_oidc_claims`` receives the claims of every OpenID Connect sign-in (ThaID, DGA Digital
ID, LINE) once the portal user is known; ``portal.accounts.adapters`` calls it. The real
implementation checks the ``pid`` claim, stores a keyed hash of it and proposes local standing
from the ``address`` claim. This stub does nothing.
"""


def apply_oidc_claims(user, provider_id, claims):
    """Use an OpenID Connect provider's claims for ``user``. Placeholder: does nothing."""
    return None
