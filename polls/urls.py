from django.urls import path

from polls import views

app_name = "polls"
urlpatterns = [
    path("<int:poll_id>/", views.poll_page, name="page"),
    path("<int:poll_id>/state/", views.poll_state, name="state"),
    path("<int:poll_id>/vote/", views.poll_vote_view, name="vote"),
]
