from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("overview/", views.overview, name="overview"),
    path("overview/export/<str:format>/", views.overview_export, name="overview_export"),
]
