"""Claims like ThaID's, read from the JSON file run.py wrote (one entry per username)."""

import json
import os
from pathlib import Path

from oauth2_provider.oauth2_validators import OAuth2Validator


class ThaIDLikeValidator(OAuth2Validator):
    oidc_claim_scope = {**OAuth2Validator.oidc_claim_scope, "pid": "pid", "birthdate": "birthdate"}

    def get_additional_claims(self, request):
        claims = json.loads(Path(os.environ["OIDC_PROVIDER_CLAIMS"]).read_text())
        return claims.get(request.user.username, {})
