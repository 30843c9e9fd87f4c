from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from safesocial.schools.selectors import roles_for, schools_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    schools = [(school, sorted(roles_for(request.user, school))) for school in schools_for(request.user)]  # type: ignore[arg-type]
    return render(request, "web/home.html", {"schools": schools})
