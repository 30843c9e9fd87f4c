from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "safesocial.registers"
    verbose_name = "Registers"
