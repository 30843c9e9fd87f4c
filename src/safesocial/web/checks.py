"""System checks for settings that can be wrong (`safesocial check`; every management command runs them).

Each check names the setting and the environment variable that sets it; docs/settings.md lists them all.
The credentials key is checked by the registers app (safesocial.registers.E001).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register

DEV_SECRET_KEY = "insecure-development-key-change-me"  # noqa: S105 - the known development fallback
CONSOLE_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}


def _production() -> bool:
    return getattr(settings, "SAFESOCIAL_ENVIRONMENT", "development") == "production"


@register("safesocial")
def database_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    db = settings.DATABASES.get("default", {})
    messages: list[CheckMessage] = []
    if db.get("ENGINE") == "django.db.backends.sqlite3":
        name = str(db.get("NAME") or "")
        if name and name != ":memory:" and not name.startswith("file:"):
            folder = Path(name).parent
            if not folder.is_dir():
                messages.append(
                    Error(
                        f"The folder for the SQLite database does not exist: {folder}",
                        hint="Create it (mkdir -p), or set SAFESOCIAL_VAR_DIR or SAFESOCIAL_DB_NAME.",
                        id="safesocial.E001",
                    )
                )
            elif not os.access(folder, os.W_OK | os.X_OK) or (
                Path(name).exists() and not os.access(name, os.W_OK)
            ):
                messages.append(
                    Error(
                        f"SafeSocial cannot write its SQLite database at {name}",
                        hint="Give the user running SafeSocial write access to that folder and file, or set "
                        "SAFESOCIAL_VAR_DIR to a folder it can write.",
                        id="safesocial.E002",
                    )
                )
        if _production():
            messages.append(
                Warning(
                    "Production is using SQLite.",
                    hint="Use PostgreSQL: SAFESOCIAL_DB_ENGINE=postgresql and the SAFESOCIAL_DB_* settings.",
                    id="safesocial.W001",
                )
            )
    return messages


@register("safesocial")
def sessions_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    age = settings.SESSION_COOKIE_AGE
    if not isinstance(age, int) or age <= 0:
        messages.append(
            Error(
                "SESSION_COOKIE_AGE must be a positive number of seconds.",
                hint="Set SAFESOCIAL_SESSION_SECONDS, e.g. 28800 for 8 hours.",
                id="safesocial.E003",
            )
        )
    elif age > 24 * 3600:
        messages.append(
            Warning(
                "Sessions last longer than a day (SESSION_COOKIE_AGE).",
                hint="Shared school computers stay signed in; set SAFESOCIAL_SESSION_SECONDS lower.",
                id="safesocial.W002",
            )
        )
    idle = getattr(settings, "SAFESOCIAL_IDLE_TIMEOUT_SECONDS", 0)
    if not isinstance(idle, int) or idle < 0:
        messages.append(
            Error(
                "SAFESOCIAL_IDLE_TIMEOUT_SECONDS must be 0 (off) or a positive number of seconds.",
                id="safesocial.E004",
            )
        )
    if not settings.USE_TZ:
        messages.append(
            Error("USE_TZ must be True: SafeSocial stores every time zone-aware.", id="safesocial.E005")
        )
    return messages


@register("safesocial")
def email_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    backend = settings.EMAIL_BACKEND
    if backend == "django.core.mail.backends.smtp.EmailBackend" and not settings.EMAIL_HOST:
        messages.append(
            Error(
                "E-mail is sent by SMTP but no SMTP server is set.",
                hint="Set SAFESOCIAL_EMAIL_HOST (and _PORT, _HOST_USER, _HOST_PASSWORD, _USE_TLS).",
                id="safesocial.E006",
            )
        )
    if getattr(settings, "EMAIL_USE_TLS", False) and getattr(settings, "EMAIL_USE_SSL", False):
        messages.append(Error("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on.", id="safesocial.E007"))
    if _production() and backend in CONSOLE_BACKENDS:
        messages.append(
            Warning(
                "Production e-mail goes nowhere: password reset messages will not reach anyone.",
                hint="Set SAFESOCIAL_EMAIL_BACKEND to django.core.mail.backends.smtp.EmailBackend.",
                id="safesocial.W003",
            )
        )
    return messages


@register("safesocial", "security")
def production_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """A production deployment must use HTTPS and real secrets."""
    if not _production():
        return []
    messages: list[CheckMessage] = []
    if settings.DEBUG:
        messages.append(
            Error("DEBUG is on in production: error pages would show data.", id="safesocial.E010")
        )
    for name in ("SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"):
        if not getattr(settings, name, False):
            messages.append(
                Error(
                    f"{name} is off in production: sign-ins and session cookies could travel unencrypted.",
                    hint="Serve SafeSocial over HTTPS only; the production settings turn this on.",
                    id="safesocial.E011",
                )
            )
    if not getattr(settings, "SECURE_HSTS_SECONDS", 0):
        messages.append(
            Warning(
                "SECURE_HSTS_SECONDS is 0: browsers are not told to insist on HTTPS.",
                id="safesocial.W010",
            )
        )
    key = settings.SECRET_KEY
    if not key or key == DEV_SECRET_KEY or len(key) < 40:
        messages.append(
            Error(
                "SECRET_KEY is missing, the development key, or too short for production.",
                hint="Set SAFESOCIAL_SECRET_KEY to a long random value (50 characters or more).",
                id="safesocial.E012",
            )
        )
    if "*" in settings.ALLOWED_HOSTS:
        messages.append(
            Warning(
                "ALLOWED_HOSTS accepts any host name.",
                hint="Set SAFESOCIAL_ALLOWED_HOSTS to the site's own host names.",
                id="safesocial.W011",
            )
        )
    return messages
