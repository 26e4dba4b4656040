from django.urls import path

from polls import views

app_name = "polls"
urlpatterns = [
    path("<id:poll_id>/", views.poll_page, name="page"),
    path("<id:poll_id>/state/", views.poll_state, name="state"),
    path("<id:poll_id>/vote/", views.poll_vote_view, name="vote"),
]
