"""Admin for reference data: the DLA's taxonomy and central word list, and each LAO's own words."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .choosers import OwnSnippetChooserViewSet
from .forms import ScreeningWordForm
from .models import AuthorityFunction, ScreeningWord
from .permissions import DLAReferenceDataPermissionPolicy, ScreeningWordPermissionPolicy
from .views import (
    ScreeningWordDeleteView,
    ScreeningWordEditView,
    ScreeningWordHistoryView,
    ScreeningWordUsageView,
)

# Registered before the viewsets, which would otherwise fall back to Django's model permissions.
register_permission_policy(AuthorityFunction, DLAReferenceDataPermissionPolicy(AuthorityFunction))
register_permission_policy(ScreeningWord, ScreeningWordPermissionPolicy(ScreeningWord))


class AuthorityFunctionViewSet(SnippetViewSet):
    model = AuthorityFunction
    icon = "list-ul"
    menu_label = _("Authority functions")
    list_display = ["__str__", "code", "within_lao_authority", "legal_reference"]
    list_filter = ["within_lao_authority"]
    search_fields = ["name_th", "name_en", "code"]
    search_backend_name = None
    copy_view_enabled = False
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("name_th"), FieldPanel("name_en")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("within_lao_authority"), FieldPanel("legal_reference")]),
    ]


class ScreeningWordViewSet(SnippetViewSet):
    model = ScreeningWord
    icon = "warning"
    menu_label = _("Screening words")
    list_display = ["word", "category", "list_name", "active", "note"]
    list_filter = ["category", "active"]
    search_fields = ["word", "note"]
    search_backend_name = None
    list_per_page = 100
    copy_view_enabled = False
    edit_view_class = ScreeningWordEditView
    delete_view_class = ScreeningWordDeleteView
    history_view_class = ScreeningWordHistoryView
    usage_view_class = ScreeningWordUsageView
    chooser_viewset_class = OwnSnippetChooserViewSet
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("word"), FieldPanel("category")]), FieldPanel("authority")],
                heading=_("Word"),
            ),
            FieldRowPanel([FieldPanel("active"), FieldPanel("note")]),
        ],
        base_form_class=ScreeningWordForm,
    )

    def get_queryset(self, request):
        return (
            self.permission_policy.instances_user_has_any_permission_for(request.user, ["change"])
            .select_related("authority")
        )


class ReferenceDataGroup(SnippetViewSetGroup):
    items = (AuthorityFunctionViewSet, ScreeningWordViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Reference data")
    menu_order = 160


register_snippet(ReferenceDataGroup)
