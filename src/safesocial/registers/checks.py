"""System checks for the registers' settings."""

from __future__ import annotations

from typing import Any

from django.core.checks import Error, register

from safesocial.registers.crypto import key_problem


@register()
def credentials_key_check(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    problem = key_problem()
    if problem is None:
        return []
    return [
        Error(
            problem,
            hint="Generate one with: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'",
            id="safesocial.registers.E001",
        )
    ]
