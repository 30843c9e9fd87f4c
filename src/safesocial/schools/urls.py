from django.urls import path

from safesocial.schools import views

app_name = "schools"
urlpatterns = [
    path("<slug:school_slug>/people/", views.people, name="people"),
    path("<slug:school_slug>/people/import/", views.import_people, name="import_people"),
    path("<slug:school_slug>/people/import/<int:pk>/", views.import_preview, name="import_preview"),
    path(
        "<slug:school_slug>/people/import/<int:pk>/problems.csv",
        views.import_errors_csv,
        name="import_errors",
    ),
]
