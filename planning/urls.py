from django.urls import path

from . import public

app_name = "planning"

urlpatterns = [
    path("projects/", public.project_list, name="projects"),
    path("projects/<int:project_id>/", public.project_detail, name="project"),
]
