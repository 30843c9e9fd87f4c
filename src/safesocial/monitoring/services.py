"""Writes for monitoring: assigning the duty to check an official account, and recording each check."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from safesocial.audit.services import audit_record
from safesocial.monitoring.models import MonitoringCheck, MonitoringDuty
from safesocial.monitoring.selectors import can_assign_duty, can_record_check
from safesocial.registers.models import OfficialAccount
from safesocial.registers.services import NotAllowed, reminders_resolve
from safesocial.schools.models import User
from safesocial.schools.selectors import roles_for

MAX_EVERY_DAYS = 31


@transaction.atomic
def duty_assign(*, account: OfficialAccount, actor: User, assignee: User, every_days: int) -> MonitoringDuty:
    school = account.school
    if not can_assign_duty(actor, school):
        raise NotAllowed
    if not roles_for(assignee, school):
        raise ValidationError({"assignee": _("Choose someone who works at this school.")})
    if not 1 <= every_days <= MAX_EVERY_DAYS:
        raise ValidationError({"every_days": _("Choose between 1 and 31 days.")})
    now = timezone.now()
    last = MonitoringCheck.objects.filter(account=account).order_by("-checked_at").first()
    base = last.checked_at if last is not None else now
    duty, _created = MonitoringDuty.objects.update_or_create(
        account=account,
        defaults={
            "assignee": assignee,
            "every_days": every_days,
            "assigned_by": actor,
            "assigned_at": now,
            "next_due": base + dt.timedelta(days=every_days),
        },
    )
    audit_record(
        actor=actor,
        action="monitoring.duty_assigned",
        target=account,
        school=school,
        details={"assignee": assignee.pk, "every_days": every_days},
    )
    return duty


@transaction.atomic
def check_record(*, account: OfficialAccount, actor: User, outcome: str, note: str = "") -> MonitoringCheck:
    school = account.school
    if not can_record_check(actor, account):
        raise NotAllowed
    if outcome not in MonitoringCheck.Outcome.values:
        raise ValidationError({"outcome": _("Choose what you found.")})
    now = timezone.now()
    check = MonitoringCheck.objects.create(
        account=account, checked_by=actor, checked_at=now, outcome=outcome, note=note.strip()
    )
    duty = MonitoringDuty.objects.filter(account=account).first()
    if duty is not None:
        duty.next_due = now + dt.timedelta(days=duty.every_days)
        duty.save(update_fields=["next_due"])
        reminders_resolve(user=None, school=school, key_prefix=f"mon:{duty.pk}:")
    audit_record(
        actor=actor, action="monitoring.checked", target=account, school=school, details={"outcome": outcome}
    )
    return check
