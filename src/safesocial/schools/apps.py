from django.apps import AppConfig


class SchoolsConfig(AppConfig):
    name = "safesocial.schools"
    verbose_name = "Schools and people"
