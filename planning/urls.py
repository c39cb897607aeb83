from django.urls import path

from . import public

app_name = "planning"

urlpatterns = [
    path("projects/", public.project_list, name="projects"),
    path("projects/<int:project_id>/", public.project_detail, name="project"),
    path("referrals/", public.referral_list, name="referrals"),
    path("referrals/export/<str:format>/", public.referral_export, name="referrals_export"),
]
