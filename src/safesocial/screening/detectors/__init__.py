"""The detector registry. Every module in this package that defines a `Detector` subclass with an `id`
registers it with `@register`; `detectors_for` builds the ones a policy needs."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import TypeVar

from safesocial.screening.detectors.base import Detector, Setup

_REGISTRY: dict[str, type[Detector]] = {}
D = TypeVar("D", bound=type[Detector])


def register(cls: D) -> D:
    if not cls.id or not cls.categories:
        raise ValueError(f"detector {cls.__name__} needs an id and categories")
    if cls.id in _REGISTRY and _REGISTRY[cls.id] is not cls:
        raise ValueError(f"two detectors use the id {cls.id!r}")
    _REGISTRY[cls.id] = cls
    return cls


@cache
def all_detectors() -> tuple[type[Detector], ...]:
    """Every registered detector class, importing this package's modules once."""
    for mod in pkgutil.iter_modules(__path__):
        if mod.name != "base":
            importlib.import_module(f"{__name__}.{mod.name}")
    return tuple(sorted(_REGISTRY.values(), key=lambda c: c.id))


def detectors_for(setup: Setup) -> list[Detector]:
    """The detectors that can find a category the policy addresses; the rest never run."""
    return [cls(setup) for cls in all_detectors() if cls.categories & setup.categories]


__all__ = ["Detector", "Setup", "all_detectors", "detectors_for", "register"]
