from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "safesocial.web"
    verbose_name = "Web pages"
