"""The moderators' queue and the officers' idea box settings in the Wagtail admin: menu items and URLs."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from portal.tenancy.menu import RoleMenuItem


@hooks.register("register_admin_urls")
def register_moderation_urls():
    from .moderation import views

    return [
        path("moderation/", views.QueueView.as_view(), name="ideas_moderation"),
        path("moderation/ideas/<int:idea_id>/", views.HistoryView.as_view(), name="ideas_idea_history"),
        path("moderation/comments/<int:record_id>/", views.CommentHistoryView.as_view(),
             name="ideas_comment_history"),
    ]


@hooks.register("register_admin_menu_item")
def register_moderation_menu():
    return RoleMenuItem(_("Moderation"), reverse_lazy("ideas_moderation"), icon_name="tasks",
                        order=240, name="moderation", role="moderators")


@hooks.register("register_admin_urls")
def register_idea_box_urls():
    from .admin_views import IdeaBoxSettingsView

    return [path("idea-box/", IdeaBoxSettingsView.as_view(), name="ideas_box_settings")]


@hooks.register("register_admin_menu_item")
def register_idea_box_menu():
    return RoleMenuItem(_("Idea box"), reverse_lazy("ideas_box_settings"), icon_name="form",
                        order=249, name="idea-box", role="officers")
