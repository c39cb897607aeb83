"""Admin: document layouts (DLA staff), their sample files, and each consultation's QR poster button."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from .forms import ExportLayoutForm
from .job_views import ExportJobDownloadView, ExportJobView
from .models import ExportLayout
from .permissions import layout_permission_policy
from .posters import has_poster
from .tables import FORMATS
from .views import consultation_poster_for_editors, layout_sample

# Registered before the viewset, which would otherwise fall back to Django's model permissions.
register_permission_policy(ExportLayout, layout_permission_policy)


@hooks.register("register_admin_urls")
def register_document_urls():
    return [
        path("documents/posters/<int:page_id>/", consultation_poster_for_editors, name="documents_poster"),
        path("documents/layouts/<int:layout_id>/sample.<str:format>", layout_sample, name="documents_layout_sample"),
        path("documents/exports/<uuid:job_id>/", ExportJobView.as_view(), name="documents_export_job"),
        path("documents/exports/<uuid:job_id>/download/", ExportJobDownloadView.as_view(),
             name="documents_export_job_download"),
    ]


class ExportLayoutEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        for priority, format in enumerate(FORMATS, start=30):
            buttons.append(Button(
                _("Sample %(format)s") % {"format": format.upper()},
                reverse("documents_layout_sample", args=[self.object.pk, format]),
                icon_name="download", priority=priority,
            ))
        return buttons


class ExportLayoutViewSet(SnippetViewSet):
    model = ExportLayout
    icon = "table"
    menu_label = _("Document layouts")
    add_to_settings_menu = True
    list_display = ["name", "kind", "is_default", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["name"]
    search_backend_name = None
    edit_view_class = ExportLayoutEditView
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]), FieldPanel("is_default")],
                heading=_("Layout"),
            ),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("title_th"), FieldPanel("title_en")]), FieldPanel("corner_label")],
                heading=pgettext_lazy("document layout", "Title"),
            ),
            InlinePanel(
                "columns", heading=_("Columns"), label=_("column"), min_num=1,
                panels=[
                    FieldRowPanel([FieldPanel("key"), FieldPanel("width")]),
                    FieldRowPanel([FieldPanel("heading_th"), FieldPanel("heading_en")]),
                    FieldRowPanel([FieldPanel("group_th"), FieldPanel("group_en")]),
                ],
            ),
        ],
        base_form_class=ExportLayoutForm,
    )


register_snippet(ExportLayoutViewSet)


def poster_button(page, user, priority):
    """Listings hand over generic Page objects: the content type says what the page is, no query."""
    if has_poster(page) and page.permissions_for_user(user).can_edit():
        return Button(
            _("QR poster (PDF)"), reverse("documents_poster", args=[page.id]), icon_name="doc-full",
            priority=priority, attrs={"target": "_blank", "rel": "noopener"},
        )
    return None


@hooks.register("register_page_header_buttons")
def poster_header_button(page, user, view_name, next_url=None):
    button = poster_button(page, user, priority=45)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def poster_listing_button(page, user, next_url=None):
    button = poster_button(page, user, priority=28)
    if button:
        yield button
