"""The test suite: fast hashing, in-memory e-mail, SQLite (PostgreSQL when SAFESOCIAL_DB_ENGINE says so)."""

import os
import tempfile

os.environ.setdefault("SAFESOCIAL_CREDENTIALS_KEY", "dGVzdC1vbmx5LWtleS0wMTIzNDU2Nzg5YWJjZGVmMDE=")
os.environ.setdefault("SAFESOCIAL_VAR_DIR", tempfile.mkdtemp(prefix="safesocial-test-"))

from safesocial.config.settings.base import *  # noqa: F403

SAFESOCIAL_ENVIRONMENT = "test"
os.makedirs(STATIC_ROOT, exist_ok=True)  # noqa: F405  (whitenoise warns about a missing directory)
DEBUG = False
SAFESOCIAL_CREDENTIALS_KEY = os.environ["SAFESOCIAL_CREDENTIALS_KEY"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
