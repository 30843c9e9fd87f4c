from django.urls import include, path

from safesocial.web import views

urlpatterns = [
    path("accounts/", include("django.contrib.auth.urls")),
    path("schools/<slug:school_slug>/", views.school_home, name="school_home"),
    path("schools/", include("safesocial.schools.urls")),
    path("", views.home, name="home"),
]
