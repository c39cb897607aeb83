"""Start the test OpenID Connect provider: ``python -m tests.oidc_provider.run CONFIG.json``.

CONFIG names the port, the working directory, the client (id, secret, redirect URI) and the
users with their claims. A fresh RSA key is made at every start.
"""

import json
import os
import sys
from pathlib import Path


def main(config_path):
    config = json.loads(Path(config_path).read_text())
    workdir = Path(config["workdir"])
    workdir.mkdir(parents=True, exist_ok=True)

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (workdir / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ))
    (workdir / "claims.json").write_text(json.dumps(
        {user["username"]: user["claims"] for user in config["users"]}, ensure_ascii=False
    ))
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "tests.oidc_provider.settings",
        "OIDC_PROVIDER_DB": str(workdir / "provider.sqlite3"),
        "OIDC_PROVIDER_KEY_FILE": str(workdir / "key.pem"),
        "OIDC_PROVIDER_CLAIMS": str(workdir / "claims.json"),
        "OIDC_PROVIDER_LOG": str(workdir / "requests.jsonl"),
    })

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)

    from django.contrib.auth import get_user_model

    from oauth2_provider.models import get_application_model

    User = get_user_model()
    for user in config["users"]:
        User.objects.create_user(username=user["username"], password=user["password"])
    client = config["client"]
    Application = get_application_model()
    Application.objects.create(
        name="Ruamkhit under test",
        client_id=client["id"],
        client_secret=client["secret"],
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=" ".join(client["redirect_uris"]),
        algorithm=Application.RS256_ALGORITHM,
        skip_authorization=True,
    )
    call_command("runserver", f"127.0.0.1:{config['port']}", use_reloader=False, use_threading=True,
                 skip_checks=True)


if __name__ == "__main__":
    main(sys.argv[1])
