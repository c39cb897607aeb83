from django.urls import path

from . import views

app_name = "ideas"

urlpatterns = [
    path("my-ideas/", views.my_ideas, name="my_ideas"),
]
