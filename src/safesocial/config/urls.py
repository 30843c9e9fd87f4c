from django.contrib import admin
from django.urls import include, path

from safesocial.api.urls import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("cases/", include("safesocial.cases.urls")),
    path("report/", include("safesocial.cases.urls_public")),
    path("registers/", include("safesocial.registers.urls")),
    path("monitoring/", include("safesocial.monitoring.urls")),
    path("", include("safesocial.web.urls")),
]
