from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "safesocial.monitoring"
    verbose_name = "Monitoring"
