"""Settings shared by every environment. Each setting is documented in docs/settings.md.

Secrets and deployment facts come from the environment (SAFESOCIAL_*); nothing secret is committed.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent.parent
BASE_DIR = Path(os.environ.get("SAFESOCIAL_HOME", Path.cwd())).resolve()
VAR_DIR = Path(os.environ.get("SAFESOCIAL_VAR_DIR", BASE_DIR / "var")).resolve()


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


# Which settings module is in force: development, test or production (system checks use it).
SAFESOCIAL_ENVIRONMENT = "development"
DEBUG = env_bool("SAFESOCIAL_DEBUG", False)
# Development-only fallback; production.py refuses to start without SAFESOCIAL_SECRET_KEY.
SECRET_KEY = os.environ.get("SAFESOCIAL_SECRET_KEY", "insecure-development-key-change-me")
ALLOWED_HOSTS = env_list("SAFESOCIAL_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("SAFESOCIAL_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "safesocial.schools",
    "safesocial.audit",
    "safesocial.cases",
    "safesocial.registers",
    "safesocial.monitoring",
    "safesocial.web",
    "safesocial.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After LocaleMiddleware: a Welsh school's pages default to Welsh unless the person chose a language.
    "safesocial.registers.middleware.SchoolLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "safesocial.web.middleware.IdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "safesocial.config.urls"
WSGI_APPLICATION = "safesocial.config.wsgi.application"
AUTH_USER_MODEL = "schools.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "safesocial.web.context_processors.navigation",
            ],
        },
    },
]


def _database() -> dict[str, object]:
    engine = os.environ.get("SAFESOCIAL_DB_ENGINE", "sqlite").lower()
    if engine in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": os.environ.get("SAFESOCIAL_DB_NAME", "safesocial"),
            "USER": os.environ.get("SAFESOCIAL_DB_USER", "postgres"),
            "PASSWORD": os.environ.get("SAFESOCIAL_DB_PASSWORD", ""),
            "HOST": os.environ.get("SAFESOCIAL_DB_HOST", "127.0.0.1"),
            "PORT": os.environ.get("SAFESOCIAL_DB_PORT", "5432"),
            "CONN_MAX_AGE": int(os.environ.get("SAFESOCIAL_DB_CONN_MAX_AGE", "60")),
            "TEST": {"NAME": os.environ.get("SAFESOCIAL_DB_TEST_NAME", "test_safesocial")},
        }
    if engine != "sqlite":
        raise RuntimeError(f"SAFESOCIAL_DB_ENGINE must be 'sqlite' or 'postgresql', not {engine!r}")
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("SAFESOCIAL_DB_NAME", str(VAR_DIR / "safesocial.sqlite3")),
        # IMMEDIATE transactions serialise writers, which keeps the audit hash chain linear.
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {
    "default": {
        "BACKEND": os.environ.get("SAFESOCIAL_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

SESSION_COOKIE_AGE = int(os.environ.get("SAFESOCIAL_SESSION_SECONDS", str(8 * 3600)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Signed out after this long without a request (0 turns it off); see safesocial.web.middleware.
SAFESOCIAL_IDLE_TIMEOUT_SECONDS = int(os.environ.get("SAFESOCIAL_IDLE_TIMEOUT_SECONDS", str(30 * 60)))
PASSWORD_RESET_TIMEOUT = int(os.environ.get("SAFESOCIAL_PASSWORD_RESET_SECONDS", str(60 * 60)))
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en", _("English")), ("cy", _("Welsh"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Evidence and other uploads. Never served directly: views stream them after an access check.
MEDIA_ROOT = Path(os.environ.get("SAFESOCIAL_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media-not-served/"
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
SAFESOCIAL_EVIDENCE_MAX_BYTES = int(os.environ.get("SAFESOCIAL_EVIDENCE_MAX_BYTES", str(10 * 1024 * 1024)))
# People imported from the MIS: the largest CSV accepted, and how long a checked upload awaits confirmation.
SAFESOCIAL_IMPORT_MAX_BYTES = int(os.environ.get("SAFESOCIAL_IMPORT_MAX_BYTES", str(2 * 1024 * 1024)))
SAFESOCIAL_IMPORT_PREVIEW_MINUTES = int(os.environ.get("SAFESOCIAL_IMPORT_PREVIEW_MINUTES", "60"))

EMAIL_BACKEND = os.environ.get("SAFESOCIAL_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("SAFESOCIAL_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("SAFESOCIAL_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("SAFESOCIAL_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("SAFESOCIAL_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("SAFESOCIAL_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("SAFESOCIAL_FROM_EMAIL", "SafeSocial <no-reply@safesocial.invalid>")

# Fernet key (urlsafe base64, 32 bytes) that encrypts official-account credentials at rest.
SAFESOCIAL_CREDENTIALS_KEY = os.environ.get("SAFESOCIAL_CREDENTIALS_KEY", "")
# The address people reach the site at (https://safesocial.example.org): links in e-mails and letters.
SAFESOCIAL_SITE_URL = os.environ.get("SAFESOCIAL_SITE_URL", "")
# Public report form: submissions allowed per client address per hour.
SAFESOCIAL_PUBLIC_REPORT_RATE = int(os.environ.get("SAFESOCIAL_PUBLIC_REPORT_RATE", "5"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"without_exception_text": {"()": "safesocial.logs.WithoutExceptionText"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["without_exception_text"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("SAFESOCIAL_LOG_LEVEL", "INFO")},
    "loggers": {
        # Request bodies can hold children's data: never log them, only the path and status.
        "django.request": {"level": "WARNING"},
        "django.db.backends": {"level": "WARNING"},
    },
}
