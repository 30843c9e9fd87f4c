from django.urls import include, path

from safesocial.web import views

urlpatterns = [
    path("accounts/", include("django.contrib.auth.urls")),
    path("school/<slug:school_slug>/", views.school_home, name="school_home"),
    path("", views.home, name="home"),
]
