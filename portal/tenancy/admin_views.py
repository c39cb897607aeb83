"""Wagtail admin for DLA staff: list, search and provision LAOs."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from .models import Authority
from .provisioning import provision

PROVISION_PERMISSION = "tenancy.add_authority"


def provision_view(request, pk):
    """Confirm, then provision one LAO (GET shows what will be created; POST does it)."""
    if not request.user.has_perm(PROVISION_PERMISSION):
        raise PermissionDenied
    authority = get_object_or_404(Authority.objects.select_related("province", "site"), pk=pk)
    if request.method == "POST":
        result = provision(authority, user=request.user)
        if result.changed:
            messages.success(
                request,
                _("%(lao)s is online at %(host)s.")
                % {"lao": authority, "host": result.authority.site.hostname},
            )
        else:
            messages.info(request, _("%(lao)s was already provisioned.") % {"lao": authority})
        return redirect("wagtailsnippets_tenancy_authority:list")
    return TemplateResponse(request, "tenancy/admin/provision_confirm.html", {"authority": authority})


class ProvisionBulkAction(SnippetBulkAction):
    """Provision the selected LAOs from the authorities listing."""

    display_name = gettext_lazy("Provision")
    action_type = "provision"
    aria_label = gettext_lazy("Provision the selected local authorities")
    template_name = "tenancy/admin/confirm_bulk_provision.html"
    action_priority = 10
    models = [Authority]

    def check_perm(self, obj):
        return self.request.user.has_perm(PROVISION_PERMISSION)

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        done = 0
        for authority in objects:
            done += provision(authority, user=user).changed
        return done, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return _("%(count)d local authorities provisioned.") % {"count": num_parent_objects}
