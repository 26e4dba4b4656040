from django.urls import path

from engagement import views

app_name = "engagement"
urlpatterns = [
    path("articles/<id:article_id>/", views.article_state, name="article_state"),
    path("articles/<id:article_id>/view/", views.article_view, name="article_view"),
]
