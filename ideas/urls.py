from django.urls import path

from .ideas import views

app_name = "consultations"

urlpatterns = [
    path("my-ideas/", views.my_ideas, name="my_ideas"),
]
