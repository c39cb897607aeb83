"""Development: SQLite by default, the demo served at <slug>.localhost:8000."""

import os

from .base import *  # noqa: F403
from .base import PORTAL_DOMAIN

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-ruamkhit"
ALLOWED_HOSTS = ALLOWED_HOSTS or [PORTAL_DOMAIN, f".{PORTAL_DOMAIN}", "127.0.0.1"]  # noqa: F405
PORTAL_PORT = int(os.environ.get("PORTAL_PORT", "8000"))
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
