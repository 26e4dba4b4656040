from django.urls import path

from comments import views

app_name = "comments"
# Under /engagement/ (never cached), next to the engagement core's endpoints.
urlpatterns = [
    path("articles/<id:article_id>/comments/", views.article_comments, name="list"),
    path("comments/challenge/", views.challenge, name="challenge"),
    path("comments/<id:comment_id>/reaction/", views.comment_reaction, name="reaction"),
    path("comments/<id:comment_id>/report/", views.comment_report_view, name="report"),
    path("comments/<id:comment_id>/delete/", views.comment_delete, name="delete"),
    path("comments/<id:comment_id>/appeal/", views.comment_appeal, name="appeal"),
]
