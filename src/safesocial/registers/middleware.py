"""Welsh schools default to Welsh, with English one click away.

LocaleMiddleware picks a language from the language cookie, then the browser. This middleware runs after it
and, when the person has made no explicit choice (no language cookie from /i18n/setlang/ and no preferred
language on their user), switches to the language of the school being looked at, or of the user's schools.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from safesocial.schools.models import School
from safesocial.schools.selectors import schools_for

SUPPORTED = {code for code, _name in settings.LANGUAGES}


def explicit_language(request: HttpRequest) -> str | None:
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie and cookie[:2] in SUPPORTED:
        return cookie[:2]
    user = getattr(request, "user", None)
    preferred = getattr(user, "preferred_language", "") if user is not None and user.is_authenticated else ""
    if preferred and preferred[:2] in SUPPORTED:
        return preferred[:2]
    return None


def school_language(request: HttpRequest, school_slug: str | None) -> str | None:
    if school_slug:
        language = School.objects.filter(slug=school_slug).values_list("language", flat=True).first()
        if language:
            return language
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    languages = set(schools_for(user).values_list("language", flat=True))  # type: ignore[arg-type]
    # Only when all of the person's schools agree: someone working across English and Welsh schools keeps the
    # browser's choice on pages that are not about one school.
    return languages.pop() if len(languages) == 1 else None


class SchoolLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], view_args: Any, view_kwargs: dict[str, Any]
    ) -> None:
        language = explicit_language(request) or school_language(request, view_kwargs.get("school_slug"))
        if language and language in SUPPORTED and language != translation.get_language():
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
