"""A real deployment: PostgreSQL, HTTPS, secrets from the environment. Refuses to start half-configured."""

import os

from django.core.exceptions import ImproperlyConfigured

from safesocial.config.settings.base import *  # noqa: F403

SAFESOCIAL_ENVIRONMENT = "production"
DEBUG = False
for _name in ("SAFESOCIAL_SECRET_KEY", "SAFESOCIAL_CREDENTIALS_KEY", "SAFESOCIAL_ALLOWED_HOSTS"):
    if not os.environ.get(_name):
        raise ImproperlyConfigured(f"{_name} must be set in production")
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
