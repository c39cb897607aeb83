"""Tests: fast hashing, memory cache and e-mail, immediate tasks; PostgreSQL when DATABASE_URL is set."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PORTAL_ID_HASH_KEY = "test-only-id-hash-key"
ALLOWED_HOSTS = ["*"]
PORTAL_DOMAIN = "ruamkhit.test"
PORTAL_PORT = 80
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://ruamkhit.test"

# WhiteNoise expects STATIC_ROOT to exist; tests serve static files from the finders instead.
STATIC_ROOT = Path(tempfile.gettempdir()) / "ruamkhit-test-static"
STATIC_ROOT.mkdir(exist_ok=True)
