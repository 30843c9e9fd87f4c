from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core import checks


class CasesConfig(AppConfig):
    name = "safesocial.cases"
    verbose_name = "Cases"

    def ready(self) -> None:
        checks.register(check_case_settings, checks.Tags.compatibility)


def check_case_settings(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    errors: list[checks.CheckMessage] = []
    limit = getattr(settings, "SAFESOCIAL_EVIDENCE_MAX_BYTES", None)
    if not isinstance(limit, int) or not 1024 <= limit <= 200 * 1024 * 1024:
        errors.append(
            checks.Error(
                "SAFESOCIAL_EVIDENCE_MAX_BYTES must be a whole number of bytes between 1 KB and 200 MB.",
                id="safesocial.cases.E001",
            )
        )
    rate = getattr(settings, "SAFESOCIAL_PUBLIC_REPORT_RATE", None)
    if not isinstance(rate, int) or rate < 1:
        errors.append(
            checks.Error(
                "SAFESOCIAL_PUBLIC_REPORT_RATE must be at least 1 (public reports per client address per "
                "hour).",
                id="safesocial.cases.E002",
            )
        )
    return errors
