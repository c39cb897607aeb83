from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("search/similar-ideas/", views.similar_ideas_fragment, name="similar_ideas"),
]
