from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "safesocial.registers"
    verbose_name = "Registers"

    def ready(self) -> None:
        from safesocial.registers import checks  # noqa: F401
