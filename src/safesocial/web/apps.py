from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "safesocial.web"
    verbose_name = "Web pages"

    def ready(self) -> None:
        from safesocial.web import checks  # noqa: F401  (registers the system checks)
        from safesocial.web.panels import autodiscover

        autodiscover()
