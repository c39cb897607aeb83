from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.notice, name="notice"),
    path("consent/", views.consent, name="consent"),
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/download/", views.download, name="download"),
    path("my-data/erase/", views.erase, name="erase"),
]
