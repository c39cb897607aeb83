"""The officers' ballot admin: its menu item and URLs."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from portal.tenancy.menu import RoleMenuItem


@hooks.register("register_admin_urls")
def register_ballot_urls():
    from . import admin_views as views

    return [
        path("ballots/", views.BallotIndexView.as_view(), name="ballots_index"),
        path("ballots/<int:page_id>/", views.BallotView.as_view(), name="ballots_ballot"),
        path("ballots/<int:page_id>/projects/add/", views.ProjectView.as_view(), name="ballots_project_add"),
        path("ballots/<int:page_id>/projects/<int:project_id>/", views.ProjectView.as_view(),
             name="ballots_project"),
        path("ballots/<int:page_id>/paper/", views.PaperBallotView.as_view(), name="ballots_paper"),
    ]


@hooks.register("register_admin_menu_item")
def register_ballot_menu():
    return RoleMenuItem(_("Ballots"), reverse_lazy("ballots_index"), icon_name="tick-inverse",
                        order=250, name="ballots", role="officers")
