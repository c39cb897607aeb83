"""WSGI entry point (gunicorn portal.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

application = get_wsgi_application()

from portal.startup import prepare_process  # noqa: E402 (needs the application's settings)

prepare_process()
