from django.urls import path

from safesocial.registers import views

app_name = "registers"
urlpatterns = [
    path("<slug:school_slug>/policy/", views.policy, name="policy"),
    path("<slug:school_slug>/policy/confirm/", views.policy_acknowledge, name="policy_acknowledge"),
    path("<slug:school_slug>/policy/adopt/", views.policy_adopt, name="policy_adopt"),
    path("<slug:school_slug>/policy/confirmations/", views.acknowledgements, name="acknowledgements"),
    path("<slug:school_slug>/declarations/", views.declarations, name="declarations"),
    path("<slug:school_slug>/declarations/new/", views.declaration_new, name="declaration_new"),
    path("<slug:school_slug>/declarations/<int:pk>/", views.declaration, name="declaration"),
    path("<slug:school_slug>/training/", views.training, name="training"),
    path("<slug:school_slug>/accounts/", views.accounts, name="accounts"),
    path("<slug:school_slug>/accounts/apply/", views.application_new, name="application_new"),
    path("<slug:school_slug>/accounts/applications/<int:pk>/", views.application, name="application"),
    path("<slug:school_slug>/accounts/<int:pk>/", views.account, name="account"),
    path(
        "<slug:school_slug>/accounts/<int:pk>/sign-in-details/", views.account_reveal, name="account_reveal"
    ),
    path("<slug:school_slug>/accounts/<int:pk>/check-post/", views.prepublish, name="prepublish"),
    path("<slug:school_slug>/post-checks/<int:pk>/", views.prepublish_result, name="prepublish_result"),
    path("<slug:school_slug>/consent/", views.consent, name="consent"),
    path("<slug:school_slug>/check-my-post/", views.check_post, name="check_post"),
]
