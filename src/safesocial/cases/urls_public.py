"""The public report link, /report/<school>/: no account, rate-limited, nothing shown back afterwards."""

from django.urls import path

from safesocial.cases import views

app_name = "report"
urlpatterns = [
    path("<slug:school_slug>/", views.public_report, name="public"),
    path("<slug:school_slug>/thanks/", views.public_thanks, name="thanks"),
]
