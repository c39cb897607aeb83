from django.urls import path

from . import box_views, views

app_name = "ideas"

urlpatterns = [
    path("my-ideas/", views.my_ideas, name="my_ideas"),
    # The LAO's year-round idea box: its routes mirror a consultation's, from the site's root.
    path("ideas/", box_views.box, name="box"),
    path("ideas/propose/", box_views.propose, name="propose"),
    path("ideas/<int:idea_id>/", box_views.idea, name="idea"),
    path("ideas/<int:idea_id>/support/", box_views.support, name="support"),
    path("ideas/<int:idea_id>/comments/", box_views.comment, name="comment"),
    path("ideas/<int:idea_id>/flag/", box_views.flag_idea, name="flag"),
    path("ideas/<int:idea_id>/comments/<int:comment_id>/flag/", box_views.flag_comment, name="flag_comment"),
]
