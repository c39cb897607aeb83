"""Admin behaviour of consultations: calendar warnings after every save."""

from django.contrib import messages
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .models import ConsultationPage


def _warn_about_calendar(request, page):
    page = page.specific
    if isinstance(page, ConsultationPage):
        for warning in page.calendar_warnings():
            messages.warning(request, warning)


@hooks.register("after_create_page")
def warn_after_create(request, page):
    _warn_about_calendar(request, page)


@hooks.register("after_edit_page")
def warn_after_edit(request, page):
    _warn_about_calendar(request, page)


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        from portal.tenancy.roles import has_role

        return has_role(request.user, "moderators")


@hooks.register("register_admin_urls")
def register_moderation_urls():
    from .moderation import views

    return [
        path("moderation/", views.QueueView.as_view(), name="consultations_moderation"),
        path("moderation/ideas/<int:idea_id>/", views.HistoryView.as_view(), name="consultations_idea_history"),
        path("moderation/comments/<int:record_id>/", views.CommentHistoryView.as_view(),
             name="consultations_comment_history"),
    ]


@hooks.register("register_admin_menu_item")
def register_moderation_menu():
    return ModeratorMenuItem(_("Moderation"), reverse_lazy("consultations_moderation"), icon_name="tasks",
                             order=240, name="moderation")


class OfficerMenuItem(MenuItem):
    def is_shown(self, request):
        from portal.tenancy.roles import has_role

        return has_role(request.user, "officers")


@hooks.register("register_admin_urls")
def register_ballot_urls():
    from .ballots import admin_views as views

    return [
        path("ballots/", views.BallotIndexView.as_view(), name="consultations_ballots"),
        path("ballots/<int:page_id>/", views.BallotView.as_view(), name="consultations_ballot"),
        path("ballots/<int:page_id>/projects/add/", views.ProjectView.as_view(), name="consultations_ballot_project_add"),
        path("ballots/<int:page_id>/projects/<int:project_id>/", views.ProjectView.as_view(),
             name="consultations_ballot_project"),
        path("ballots/<int:page_id>/paper/", views.PaperBallotView.as_view(), name="consultations_paper_ballot"),
    ]


@hooks.register("register_admin_menu_item")
def register_ballot_menu():
    return OfficerMenuItem(_("Ballots"), reverse_lazy("consultations_ballots"), icon_name="tick-inverse",
                           order=250, name="ballots")
