"""System checks catch settings that would make SafeSocial unsafe or broken."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from safesocial.web import checks


def ids(messages) -> set[str]:
    return {m.id for m in messages}


def test_when_the_test_settings_are_checked_then_there_is_nothing_to_report():
    call_command("check", fail_level="WARNING")


def test_when_the_sqlite_folder_does_not_exist_then_the_check_says_to_create_it(settings, tmp_path):
    settings.DATABASES = {
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "missing" / "db.sqlite3")}
    }
    messages = checks.database_check()
    assert ids(messages) == {"safesocial.E001"} and "missing" in messages[0].msg


def test_when_the_sqlite_folder_is_read_only_then_the_check_fails(settings, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    settings.DATABASES = {
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(folder / "db.sqlite3")}
    }
    try:
        assert ids(checks.database_check()) == {"safesocial.E002"}
    finally:
        folder.chmod(0o700)


def test_when_production_runs_without_https_settings_then_each_is_an_error(settings):
    settings.SAFESOCIAL_ENVIRONMENT = "production"
    settings.DEBUG = True
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_HSTS_SECONDS = 0
    settings.SECRET_KEY = checks.DEV_SECRET_KEY
    settings.ALLOWED_HOSTS = ["*"]
    messages = checks.production_check()
    assert ids(messages) == {
        "safesocial.E010",
        "safesocial.E011",
        "safesocial.E012",
        "safesocial.W010",
        "safesocial.W011",
    }
    assert sum(m.id == "safesocial.E011" for m in messages) == 2


def test_when_production_is_configured_properly_then_it_passes(settings):
    settings.SAFESOCIAL_ENVIRONMENT = "production"
    settings.DEBUG = False
    settings.SECURE_SSL_REDIRECT = settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECRET_KEY = "k" * 60
    settings.ALLOWED_HOSTS = ["safesocial.example.org"]
    assert checks.production_check() == []


def test_when_the_same_settings_are_not_production_then_https_is_not_demanded(settings):
    settings.SAFESOCIAL_ENVIRONMENT = "development"
    settings.SECURE_SSL_REDIRECT = False
    assert checks.production_check() == []


def test_when_production_email_goes_to_the_console_then_it_warns_and_smtp_needs_a_host(settings):
    settings.SAFESOCIAL_ENVIRONMENT = "production"
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    assert ids(checks.email_check()) == {"safesocial.W003"}
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = ""
    assert ids(checks.email_check()) == {"safesocial.E006"}


@pytest.mark.parametrize(("age", "expected"), [(0, "safesocial.E003"), (3 * 24 * 3600, "safesocial.W002")])
def test_when_sessions_never_end_or_last_for_days_then_the_check_says_so(settings, age, expected):
    settings.SESSION_COOKIE_AGE = age
    assert ids(checks.sessions_check()) == {expected}
