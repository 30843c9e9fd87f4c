"""The pages every signed-in person sees: home (all their schools) and one school's home."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from safesocial.schools.models import User
from safesocial.schools.selectors import access_school
from safesocial.web.selectors import home_sections


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # login_required guarantees a signed-in user
    return user


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    return render(request, "web/home.html", {"sections": home_sections(request, user)})


@login_required
def school_home(request: HttpRequest, school_slug: str) -> HttpResponse:
    user = _user(request)
    school, _roles = access_school(user, school_slug)
    sections = home_sections(request, user, schools=[school])
    return render(request, "web/school_home.html", {"sections": sections, "school": school})
