from django.urls import path

from tickers import views

app_name = "tickers"
urlpatterns = [
    path("<id:article_id>/updates", views.updates, name="updates"),
    path("<id:article_id>/entries", views.entries, name="entries"),
]
