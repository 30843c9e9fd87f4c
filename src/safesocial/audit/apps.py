from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "safesocial.audit"
    verbose_name = "Audit log"
