"""Reads for monitoring official accounts, and who may see or do what."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from safesocial.monitoring.models import MonitoringCheck, MonitoringDuty
from safesocial.registers.models import OfficialAccount
from safesocial.registers.selectors import SLT_FAMILY, is_runner
from safesocial.schools.models import Role, School, User
from safesocial.schools.selectors import roles_for

DUTY_ASSIGNERS = SLT_FAMILY | {Role.SCHOOL_ADMIN}


def overdue_duties(school: School) -> QuerySet[MonitoringDuty]:
    return MonitoringDuty.objects.filter(
        account__school=school, account__status=OfficialAccount.Status.ACTIVE, next_due__lt=timezone.now()
    ).select_related("account", "assignee")


def my_overdue_duties(user: User, school: School) -> QuerySet[MonitoringDuty]:
    return overdue_duties(school).filter(assignee=user)


def can_assign_duty(user: User, school: School) -> bool:
    return bool(roles_for(user, school) & DUTY_ASSIGNERS)


def can_record_check(user: User, account: OfficialAccount) -> bool:
    duty = MonitoringDuty.objects.filter(account=account).first()
    return (duty is not None and duty.assignee_id == user.pk) or is_runner(user, account)


def access_monitoring_overview(user: User, school: School) -> QuerySet[OfficialAccount]:
    """The school's active accounts with their duties: leaders, the administrator and the accounts'
    runners."""
    roles = roles_for(user, school)
    qs = (
        OfficialAccount.objects.filter(school=school, status=OfficialAccount.Status.ACTIVE)
        .select_related("monitoring_duty", "monitoring_duty__assignee")
        .order_by("name")
    )
    if roles & DUTY_ASSIGNERS:
        return qs
    if not roles:
        raise Http404
    return qs.filter(runners=user) | qs.filter(monitoring_duty__assignee=user)


def access_monitored_account(user: User, school: School, pk: int) -> OfficialAccount:
    account = access_monitoring_overview(user, school).filter(pk=pk).distinct().first()
    if account is None:
        raise Http404
    return account


def checks_of(account: OfficialAccount) -> QuerySet[MonitoringCheck]:
    return MonitoringCheck.objects.filter(account=account).select_related("checked_by")[:50]


def duty_of(account: OfficialAccount) -> MonitoringDuty | None:
    return MonitoringDuty.objects.filter(account=account).select_related("assignee").first()
