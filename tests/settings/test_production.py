"""Production settings refuse to start without secrets, and pass Django's deployment checks with them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k3y-" + "x7Qp9zL2mN4vB8cR1tY6uW0eA5sD3fG" * 2
GOOD_ID_KEY = "id-" + "Hq2Wm9Zp4Lx7Rc1Vb8Nt3Ky6" * 2


def run(args, **env):
    ignored = ("SECRET_KEY", "ALLOWED_HOSTS", "PORTAL_ID_HASH_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in ignored}
    environment.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=120,
    )


@pytest.mark.parametrize(
    "env, message",
    [
        ({"ALLOWED_HOSTS": "portal.example"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "portal.example"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS must be set"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": " , "}, "ALLOWED_HOSTS must be set"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example"}, "PORTAL_ID_HASH_KEY must be set"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "PORTAL_ID_HASH_KEY": "short"},
         "PORTAL_ID_HASH_KEY must be set"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "PORTAL_ID_HASH_KEY": GOOD_KEY},
         "PORTAL_ID_HASH_KEY must be set"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, message):
    result = run(["check"], **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_check_deploy_reports_nothing_with_secrets():
    result = run(["check", "--deploy"], SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="ruamkhit.go.th,.ruamkhit.go.th",
                 PORTAL_ID_HASH_KEY=GOOD_ID_KEY)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNINGS" not in result.stderr + result.stdout
