"""Log every request to a JSON-lines file, so tests can see how the portal talked to us."""

import base64
import json
import os


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        auth = request.META.get("HTTP_AUTHORIZATION", "")
        entry = {
            "method": request.method,
            "path": request.path,
            "basic_auth_client": (
                base64.b64decode(auth[6:]).decode().split(":")[0] if auth.startswith("Basic ") else None
            ),
            "secret_in_body": "client_secret" in request.POST if request.method == "POST" else False,
            "has_code_verifier": "code_verifier" in request.POST if request.method == "POST" else False,
        }
        response = self.get_response(request)
        entry["status"] = response.status_code
        with open(os.environ["OIDC_PROVIDER_LOG"], "a") as log:
            log.write(json.dumps(entry) + "\n")
        return response
