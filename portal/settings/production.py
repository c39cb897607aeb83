"""Production: secrets and hosts must come from the environment, or the process refuses to start."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import PORTAL_DOMAIN

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set in the environment (at least 50 characters, not a placeholder)."
    )

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        f"ALLOWED_HOSTS must be set, e.g. ALLOWED_HOSTS={PORTAL_DOMAIN},.{PORTAL_DOMAIN}"
    )

# Keys the national-ID hashes: without it, or with the development default, the portal would store
# hashes anyone with the source could recompute from a list of ID numbers.
PORTAL_ID_HASH_KEY = os.environ.get("PORTAL_ID_HASH_KEY", "")
if len(PORTAL_ID_HASH_KEY) < 32 or len(set(PORTAL_ID_HASH_KEY)) < 5 or PORTAL_ID_HASH_KEY == SECRET_KEY:
    raise ImproperlyConfigured(
        "PORTAL_ID_HASH_KEY must be set in the environment (at least 32 characters, different from "
        "SECRET_KEY, and never changed afterwards)."
    )

# Behind a TLS-terminating reverse proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = [
    f"https://{h.lstrip('.')}" if not h.startswith(".") else f"https://*{h}" for h in ALLOWED_HOSTS
]
PORTAL_PORT = int(os.environ.get("PORTAL_PORT", "443"))
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
# The TLS proxy appends the client's address to X-Forwarded-For: allauth's per-IP rate limits
# must count the citizen, not the proxy.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
