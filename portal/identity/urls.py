"""The citizen's verification pages, served on every LAO's site (Thai at /, English at /en/)."""

from django.urls import path

from . import views

app_name = "identity"
urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("verify/proposals/<int:pk>/", views.decide_proposal, name="decide_proposal"),
]
