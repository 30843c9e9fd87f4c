from django.urls import path

from safesocial.monitoring import views

app_name = "monitoring"
urlpatterns = [
    path("<slug:school_slug>/", views.overview, name="overview"),
    path("<slug:school_slug>/accounts/<int:pk>/", views.account, name="account"),
]
