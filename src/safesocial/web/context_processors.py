"""Navigation facts every page needs: the user's schools (for the switcher) and the school being looked at."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from safesocial.schools.selectors import schools_for


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def _schools() -> list[Any]:
        return list(schools_for(user).order_by("name"))  # type: ignore[arg-type]

    match = getattr(request, "resolver_match", None)
    slug = match.kwargs.get("school_slug") if match is not None else None
    nav_schools = SimpleLazyObject(_schools)

    def _current() -> Any:
        return next((s for s in nav_schools if s.slug == slug), None) if slug else None

    return {"nav_schools": nav_schools, "current_school": SimpleLazyObject(_current) if slug else None}
