"""Answer a refused Wagtail admin request with HTTP 403 instead of a redirect.

Wagtail answers a permission failure in its admin by redirecting to the dashboard with an error
message. For a multi-tenant install that hides the refusal from scripts, monitoring and audits:
an editor of one LAO probing another LAO's pages should get a plain 403. This middleware
recognises Wagtail's refusal (a redirect to the dashboard carrying Wagtail's own
permission-denied message), drops that message and renders a 403 page instead.
"""

from django.contrib import messages
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _


class AdminPermissionDeniedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 302 or not request.path.startswith("/admin/"):
            return response
        if response.get("Location") != reverse("wagtailadmin_home"):
            return response
        # The same call Wagtail makes, so it matches in the active language.
        refusal = _("Sorry, you do not have permission to access this area.")
        storage = messages.get_messages(request)
        queued = getattr(storage, "_queued_messages", [])
        if not any(m.level == messages.ERROR and str(m.message).strip() == refusal for m in queued):
            return response
        storage._queued_messages = [m for m in queued if str(m.message).strip() != refusal]
        return TemplateResponse(request, "admin_403.html", {"message": refusal}, status=403).render()
