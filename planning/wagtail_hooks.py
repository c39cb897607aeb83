"""The officers' menu items and admin URLs: triage, referrals, plan, forums."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from portal.tenancy.menu import RoleMenuItem


@hooks.register("register_admin_urls")
def register_planning_urls():
    from .officer_views import forums, plan, referrals, triage

    return [
        path("triage/", triage.TriageQueueView.as_view(), name="planning_triage"),
        path("triage/ideas/<int:idea_id>/", triage.TriageIdeaView.as_view(), name="planning_triage_idea"),
        path("referrals/", referrals.ReferralListView.as_view(), name="planning_referrals"),
        path("referrals/<int:referral_id>/", referrals.ReferralView.as_view(), name="planning_referral"),
        path("referrals/export/<str:format>/", referrals.ReferralExportView.as_view(),
             name="planning_referrals_export"),
        path("plan/", plan.PlanIndexView.as_view(), name="planning_plan"),
        path("plan/projects/add/", plan.PlanProjectView.as_view(), name="planning_plan_project_add"),
        path("plan/projects/<int:project_id>/", plan.PlanProjectView.as_view(), name="planning_plan_project"),
        path("plan/projects/<int:project_id>/delete/", plan.PlanProjectDeleteView.as_view(),
             name="planning_plan_project_delete"),
        path("plan/projects/<int:project_id>/progress/<int:update_id>/edit/", plan.ProgressEditView.as_view(),
             name="planning_progress_edit"),
        path("plan/projects/<int:project_id>/progress/<int:update_id>/delete/", plan.ProgressDeleteView.as_view(),
             name="planning_progress_delete"),
        path("plan/export/<str:format>/", plan.PlanExportView.as_view(), name="planning_plan_export"),
        path("forums/", forums.ForumIndexView.as_view(), name="planning_forums"),
        path("forums/add/", forums.ForumView.as_view(), name="planning_forum_add"),
        path("forums/<int:forum_id>/", forums.ForumView.as_view(), name="planning_forum"),
        path("forums/<int:forum_id>/delete/", forums.ForumDeleteView.as_view(), name="planning_forum_delete"),
        path("forums/<int:forum_id>/ideas/<int:idea_id>/edit/", forums.ForumIdeaEditView.as_view(),
             name="planning_forum_idea_edit"),
        path("forums/<int:forum_id>/ideas/<int:idea_id>/remove/", forums.ForumIdeaRemoveView.as_view(),
             name="planning_forum_idea_remove"),
    ]


@hooks.register("register_admin_menu_item")
def register_triage_menu():
    return RoleMenuItem(_("Triage"), reverse_lazy("planning_triage"), icon_name="tasks", order=251,
                        name="triage", role="officers")


@hooks.register("register_admin_menu_item")
def register_referrals_menu():
    return RoleMenuItem(_("Referrals"), reverse_lazy("planning_referrals"), icon_name="redirect", order=252,
                        name="referrals", role="officers")


@hooks.register("register_admin_menu_item")
def register_plan_menu():
    return RoleMenuItem(_("Development plan"), reverse_lazy("planning_plan"), icon_name="list-ul", order=253,
                        name="plan", role="officers")


@hooks.register("register_admin_menu_item")
def register_forums_menu():
    return RoleMenuItem(_("Onsite forums"), reverse_lazy("planning_forums"), icon_name="group", order=254,
                        name="forums", role="officers")


@hooks.register("register_log_actions")
def register_planning_log_actions(actions):
    actions.register_action("planning.attach_to_consultation", _("Attach to a consultation"),
                            _("Attached from the idea box to a consultation"))
