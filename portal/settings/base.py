"""Settings shared by every environment; values that differ come from the environment."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

from portal.accounts.oidc.config import oidc_apps_from_environ, socialaccount_providers

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# Every LAO is served at <slug>.<PORTAL_DOMAIN>; the DLA's central site at PORTAL_DOMAIN itself.
PORTAL_DOMAIN = os.environ.get("PORTAL_DOMAIN", "localhost").lower()
# The server secret that keys national-ID hashes (HMAC-SHA256). Changing it makes every stored
# hash unmatchable, so production sets it once and keeps it (see docs/verification.md).
PORTAL_ID_HASH_KEY = os.environ.get("PORTAL_ID_HASH_KEY", "dev-only-not-secret-id-hash-key")
# How long a standing lasts when an officer, a resident list or an identity provider grants it.
IDENTITY_STANDING_DAYS = int(os.environ.get("IDENTITY_STANDING_DAYS", str(2 * 365)))
# Sign-in providers whose ``pid`` and ``address`` claims come from the civil registry (ThaID,
# DGA Digital ID). Claims from any other provider (LINE, a social login) are ignored.
IDENTITY_CLAIM_PROVIDERS = env_list("IDENTITY_CLAIM_PROVIDERS", "thaid,dga")
# Port that Site records carry (80 in production; 8000 for the development server).
PORTAL_PORT = int(os.environ.get("PORTAL_PORT", "80"))

INSTALLED_APPS = [
    "portal.accounts",
    "portal.tenancy",
    "portal.identity",
    "portal.privacy",
    "portal.pages",
    "portal.snippets",
    "portal.documents",
    "portal.admin_scope",
    "participation",
    "ideas",
    "ballots",
    "polls",
    "consultations",
    "planning",
    "home",
    "search",
    "dashboard",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_comments_xtd",
    "django_comments",
    # Sign-in (portal.accounts, listed first, overrides their templates and Thai strings).
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.humanize",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.accounts.language.AccountsLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.accounts.second_factor.StaffSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.admin_access.AdminPermissionDeniedMiddleware",
    "portal.admin_scope.middleware.AdminScopeMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.tenancy.context_processors.authority",
            ],
            "builtins": ["portal.templatetags.thai_dates", "portal.templatetags.portal_tags"],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# SQLite file by default; PostgreSQL (psycopg 3) when DATABASE_URL says so.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: it pays off for long analytical queries, while a page's queries take
    # milliseconds and a plan whose estimate looks large (a count bounded by LIMIT, say)
    # would spend 100-200 ms compiling (measured on the search of docs/search.md).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cache and sessions: Redis when REDIS_URL is set, otherwise a per-process memory cache.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ruamkhit",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Thai first, English second.
LANGUAGE_CODE = "th"
LANGUAGES = [("th", "ไทย"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SITE_ID = 1  # django.contrib.sites, needed by django-comments-xtd
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MAX_THREAD_LEVEL = 2

WAGTAIL_SITE_NAME = _("Ruamkhit")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"http://{PORTAL_DOMAIN}")
# Wagtail's database search with Thai word segmentation (search/backends, docs/search.md):
# PostgreSQL full-text search, SQLite FTS5 in development. English words are stemmed.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "english"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Sign-in (django-allauth; see docs/identity.md). The participation blocks send people to
# LOGIN_URL?next=...; the Wagtail admin signs in there too (its own login page redirects there).
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth's password reset, with its rate limits
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"no-reply@{PORTAL_DOMAIN}")

ACCOUNT_ADAPTER = "portal.accounts.adapters.AccountAdapter"
# Citizens sign up with an e-mail address, confirmed before the first sign-in; staff accounts
# made by provisioning may still sign in with their username.
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_PREVENT_ENUMERATION = True
# The PDPA consent (portal.privacy): explicit consent and the age statement are part of signing up.
ACCOUNT_SIGNUP_FORM_CLASS = "portal.privacy.forms.ConsentSignupForm"
# Throttling (allauth counts in the default cache: Redis in production, see REDIS_URL).
# Failed sign-ins: 10 a minute from one IP address, 5 in 5 minutes for one account.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
# Behind a reverse proxy, how many proxies append to X-Forwarded-For (0: use REMOTE_ADDR).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# OpenID Connect providers (ThaID, DGA Digital ID, LINE), from the environment only.
PORTAL_OIDC_PROVIDERS = oidc_apps_from_environ(os.environ)
SOCIALACCOUNT_PROVIDERS = socialaccount_providers(PORTAL_OIDC_PROVIDERS)
SOCIALACCOUNT_ADAPTER = "portal.accounts.adapters.SocialAccountAdapter"
SOCIALACCOUNT_STORE_TOKENS = False  # tokens could fetch the national ID again: keep none
# A first sign-in through a provider shows the sign-up form too, for the PDPA consent.
SOCIALACCOUNT_AUTO_SIGNUP = False
# A provider account proves itself; many LINE accounts share no e-mail address.
SOCIALACCOUNT_EMAIL_REQUIRED = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "optional"
SOCIALACCOUNT_REQUESTS_TIMEOUT = 10

# Second factor: TOTP with recovery codes; staff must use it for the admin
# (portal.accounts.second_factor.StaffSecondFactorMiddleware).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Ruamkhit"
# Accept the code of the previous or next 30-second period too: phone clocks drift, and a
# code typed at the end of its period must not fail on arrival.
MFA_TOTP_TOLERANCE = 1
