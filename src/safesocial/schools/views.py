"""Pages for a school's people: the list, and importing them from the MIS (upload, check, confirm).

Views check input and call selectors and services; a user without the right role at the school gets 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from safesocial.schools.forms import PeopleUploadForm
from safesocial.schools.models import PeopleImport, Person, School, User
from safesocial.schools.people_import import error_report_csv, max_upload_bytes
from safesocial.schools.selectors import (
    access_people,
    access_people_import,
    access_school,
    can_import_people,
    can_see_people,
)
from safesocial.schools.services import (
    ImportRefused,
    people_import_cancel,
    people_import_check,
    people_import_confirm,
    people_import_plan,
)

MAX_ERRORS_SHOWN = 200


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def _school(request: HttpRequest, school_slug: str) -> School:
    school, _roles = access_school(_user(request), school_slug)
    return school


@login_required
def people(request: HttpRequest, school_slug: str) -> HttpResponse:
    school = _school(request, school_slug)
    user = _user(request)
    if not can_see_people(user, school):
        raise Http404
    kind = request.GET.get("kind", Person.Kind.PUPIL)
    if kind not in Person.Kind.values:
        kind = Person.Kind.PUPIL
    return render(
        request,
        "schools/people_list.html",
        {
            "school": school,
            "kind": kind,
            "kinds": Person.Kind.choices,
            "people": access_people(user, school, kind),
            "can_import": can_import_people(user, school),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_people(request: HttpRequest, school_slug: str) -> HttpResponse:
    school = _school(request, school_slug)
    user = _user(request)
    if not can_import_people(user, school):
        raise Http404
    file_errors: list[str] = []
    if request.method == "POST":
        form = PeopleUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read(max_upload_bytes() + 1)  # bounded even if the size check was fooled
            people_import, plan = people_import_check(
                school=school,
                actor=user,
                data=data,
                filename=upload.name or "",
                kind=form.cleaned_data["kind"],
            )
            if people_import is not None:
                return redirect("schools:import_preview", school_slug=school.slug, pk=people_import.pk)
            file_errors = [e.message for e in plan.errors]
    else:
        form = PeopleUploadForm()
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "schools/import_upload.html",
        {"school": school, "form": form, "file_errors": file_errors},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_preview(request: HttpRequest, school_slug: str, pk: int) -> HttpResponse:
    school = _school(request, school_slug)
    user = _user(request)
    people_import = access_people_import(user, school, pk)
    if people_import is None:
        raise Http404
    if people_import.status != PeopleImport.Status.PREVIEWED:
        return render(request, "schools/import_done.html", {"school": school, "people_import": people_import})
    if request.method == "POST":
        if request.POST.get("action") == "cancel":
            people_import_cancel(people_import=people_import, actor=user)
            messages.info(request, _("The import was cancelled. Nothing was changed."))
            return redirect("schools:import_people", school_slug=school.slug)
        try:
            outcome = people_import_confirm(people_import=people_import, actor=user)
        except ImportRefused as exc:
            messages.error(request, str(exc))
            if exc.plan is None:
                return redirect("schools:import_people", school_slug=school.slug)
        else:
            messages.success(
                request,
                _("Imported: %(created)d added, %(updated)d updated, %(unchanged)d unchanged.") % outcome,
            )
            return redirect("schools:import_preview", school_slug=school.slug, pk=people_import.pk)
    plan = people_import_plan(people_import=people_import)
    return render(
        request,
        "schools/import_preview.html",
        {
            "school": school,
            "people_import": people_import,
            "plan": plan,
            "counts": plan.counts(),
            "errors": plan.errors[:MAX_ERRORS_SHOWN],
            "more_errors": max(0, len(plan.errors) - MAX_ERRORS_SHOWN),
        },
    )


@login_required
def import_errors_csv(request: HttpRequest, school_slug: str, pk: int) -> HttpResponse:
    school = _school(request, school_slug)
    people_import = access_people_import(_user(request), school, pk)
    if people_import is None or people_import.status != PeopleImport.Status.PREVIEWED:
        raise Http404
    plan = people_import_plan(people_import=people_import)
    response = HttpResponse(error_report_csv(plan.errors), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="import-{people_import.pk}-problems.csv"'
    return response
