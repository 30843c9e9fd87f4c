"""Pages for monitoring the school's official accounts."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from safesocial.monitoring import selectors as sel
from safesocial.monitoring import services
from safesocial.monitoring.forms import CheckForm, DutyForm
from safesocial.registers.selectors import eligible_runner_choices
from safesocial.registers.views import _errors, _nav, school_view
from safesocial.schools.models import School


@school_view
def overview(request: HttpRequest, school: School, roles: frozenset[str]) -> HttpResponse:
    accounts = sel.access_monitoring_overview(request.user, school).distinct()  # type: ignore[arg-type]
    return render(
        request,
        "monitoring/overview.html",
        {
            **_nav(request, school, roles),
            "accounts": accounts,
            "now": timezone.now(),
            "can_assign": sel.can_assign_duty(request.user, school),
        },  # type: ignore[arg-type]
    )


@school_view
def account(request: HttpRequest, school: School, roles: frozenset[str], pk: int) -> HttpResponse:
    user = request.user
    item = sel.access_monitored_account(user, school, pk)  # type: ignore[arg-type]
    can_check = sel.can_record_check(user, item)  # type: ignore[arg-type]
    can_assign = sel.can_assign_duty(user, school)  # type: ignore[arg-type]
    action = request.POST.get("action")
    check_form = CheckForm(request.POST if action == "check" else None) if can_check else None
    duty = sel.duty_of(item)
    initial = {"assignee": duty.assignee_id, "every_days": duty.every_days} if duty else None
    duty_form = (
        DutyForm(
            request.POST if action == "duty" else None, users=eligible_runner_choices(school), initial=initial
        )
        if can_assign
        else None
    )
    try:
        if action == "check" and check_form is not None and check_form.is_valid():
            services.check_record(account=item, actor=user, **check_form.cleaned_data)  # type: ignore[arg-type]
            messages.success(request, _("Your check has been recorded."))
            return redirect("monitoring:account", school.slug, item.pk)
        if action == "duty" and duty_form is not None and duty_form.is_valid():
            services.duty_assign(account=item, actor=user, **duty_form.cleaned_data)  # type: ignore[arg-type]
            messages.success(request, _("The monitoring duty has been assigned."))
            return redirect("monitoring:account", school.slug, item.pk)
    except ValidationError as exc:
        _errors(duty_form if action == "duty" else check_form, exc)
    return render(
        request,
        "monitoring/account.html",
        {
            **_nav(request, school, roles),
            "item": item,
            "duty": duty,
            "checks": sel.checks_of(item),
            "check_form": check_form,
            "duty_form": duty_form,
            "now": timezone.now(),
        },
    )
