from django.urls import path

from accounts import views

# Under /konto/, before allauth's own URLs (login/, signup/, password/reset/ …).
urlpatterns = [
    path("", views.account_home, name="account_home"),
    path("loeschen/", views.account_delete_view, name="account_delete"),
]
