"""Encrypting official-account sign-in details at rest.

The key comes from the environment (SAFESOCIAL_CREDENTIALS_KEY: a Fernet key, urlsafe base64 of 32 bytes).
Several keys may be given, comma-separated: the first encrypts, all of them decrypt, so a key can be rotated
by putting the new key first and re-saving each account's details.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class CredentialsUnreadable(RuntimeError):
    """The stored details cannot be decrypted with the configured key(s)."""


def _keys() -> list[str]:
    raw = getattr(settings, "SAFESOCIAL_CREDENTIALS_KEY", "") or ""
    return [k.strip() for k in raw.split(",") if k.strip()]


def key_problem() -> str | None:
    """Why the configured key cannot be used, or None when it can."""
    keys = _keys()
    if not keys:
        return "SAFESOCIAL_CREDENTIALS_KEY is not set"
    for i, key in enumerate(keys, start=1):
        try:
            Fernet(key.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            return f"key {i} in SAFESOCIAL_CREDENTIALS_KEY is not a Fernet key (urlsafe base64 of 32 bytes)"
    return None


def _fernet() -> MultiFernet:
    problem = key_problem()
    if problem is not None:
        raise ImproperlyConfigured(problem)
    return MultiFernet([Fernet(k.encode("ascii")) for k in _keys()])


def encrypt(plain: str) -> str:
    return _fernet().encrypt(plain.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise CredentialsUnreadable(
            "the stored details cannot be decrypted with the configured key"
        ) from None
