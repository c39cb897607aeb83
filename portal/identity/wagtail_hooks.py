"""Admin registration: the "Verification" menu of an LAO's officers, and its views' URLs."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import admin_views
from .access import is_officer


class OfficerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_officer(request.user)


@hooks.register("register_admin_urls")
def register_verification_urls():
    return [
        path("verification/people/", admin_views.PersonSearchView.as_view(), name="identity_people"),
        path("verification/people/<int:user_id>/verify/", admin_views.VerifyPersonView.as_view(),
             name="identity_verify_person"),
        path("verification/standings/", admin_views.StandingIndexView.as_view(), name="identity_standings"),
        path("verification/standings/<int:pk>/change/", admin_views.StandingChangeView.as_view(),
             name="identity_standing_change"),
        path("verification/standings/<int:pk>/revoke/", admin_views.StandingRevokeView.as_view(),
             name="identity_standing_revoke"),
        path("verification/resident-lists/", admin_views.ResidentListIndexView.as_view(),
             name="identity_resident_lists"),
        path("verification/resident-lists/<int:authority_id>/upload/", admin_views.ResidentListUploadView.as_view(),
             name="identity_resident_list_upload"),
        path("verification/log/", admin_views.AuditLogView.as_view(), name="identity_audit_log"),
    ]


@hooks.register("register_admin_menu_item")
def register_verification_menu():
    menu = Menu(items=[
        OfficerMenuItem(_("Verify a person"), reverse_lazy("identity_people"), icon_name="user", order=100),
        OfficerMenuItem(_("Standings"), reverse_lazy("identity_standings"), icon_name="list-ul", order=200),
        OfficerMenuItem(_("Resident lists"), reverse_lazy("identity_resident_lists"), icon_name="table",
                        order=300),
        OfficerMenuItem(_("Verification log"), reverse_lazy("identity_audit_log"), icon_name="history",
                        order=400),
    ])
    return SubmenuMenuItem(_("Verification"), menu, icon_name="user", order=250, name="verification")
