from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "safesocial.api"
    verbose_name = "API"
