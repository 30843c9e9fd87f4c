from django.urls import path

from safesocial.cases import views

app_name = "cases"
urlpatterns = [
    path("<slug:school_slug>/", views.case_list, name="list"),
    path("<slug:school_slug>/report/<slug:kind>/", views.report, name="report"),
    path("<slug:school_slug>/case/<str:reference>/", views.case_detail, name="detail"),
    path("<slug:school_slug>/case/<str:reference>/do/<slug:action>/", views.case_action, name="action"),
    path(
        "<slug:school_slug>/case/<str:reference>/evidence/<int:evidence_id>/",
        views.evidence_download,
        name="evidence",
    ),
    path(
        "<slug:school_slug>/case/<str:reference>/letters/<int:letter_id>.<str:fmt>",
        views.letter_download,
        name="letter",
    ),
]
