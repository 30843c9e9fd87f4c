from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "safesocial.cases"
    verbose_name = "Cases"
