"""Admin registration: the DLA's list of LAOs, with search, filters and provisioning."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import PROVISION_PERMISSION, ProvisionBulkAction, provision_view
from .models import Authority


class AuthorityViewSet(SnippetViewSet):
    model = Authority
    icon = "site"
    menu_label = _("Local authorities")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["__str__", "dla_code", "province", "kind", "site"]
    list_filter = ["kind", "province"]
    list_per_page = 50
    search_fields = ["name_th", "name_en", "dla_code", "district_th", "province__name_th", "province__name_en"]
    search_backend_name = None
    ordering = ["province__name_th", "kind", "name_th"]
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("dla_code"), FieldPanel("kind")]),
                FieldRowPanel([FieldPanel("name_th"), FieldPanel("name_en")]),
                FieldRowPanel([FieldPanel("province"), FieldPanel("district_th")]),
                FieldPanel("slug"),
            ],
            heading=_("Registry"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("office_lat"), FieldPanel("office_lon"), FieldPanel("area_km2")])],
            heading=_("Office and area"),
        ),
        InlinePanel("villages", heading=_("Villages (หมู่)"), label=_("Village")),
        InlinePanel(
            "tambons", heading=_("Tambons (ตำบล)"), label=_("Tambon"),
            help_text=_("The tambons the LAO covers: a ThaID address in one of them (and in the LAO's "
                        "province) proposes local standing to the person."),
        ),
    ]

    def get_queryset(self, request):
        return Authority.objects.select_related("province", "site")


register_snippet(AuthorityViewSet)


@hooks.register("register_admin_urls")
def register_provision_url():
    return [path("authorities/<int:pk>/provision/", provision_view, name="tenancy_provision")]


@hooks.register("register_snippet_listing_buttons")
def provision_button(snippet, user, next_url=None):
    if isinstance(snippet, Authority) and user.has_perm(PROVISION_PERMISSION):
        yield Button(
            _("Provision") if not snippet.site_id else _("Re-check provisioning"),
            reverse("tenancy_provision", args=[snippet.pk]),
            icon_name="upload",
            priority=5,
        )


hooks.register("register_bulk_action", ProvisionBulkAction)
