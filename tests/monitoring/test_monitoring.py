"""Monitoring duties on official accounts: assigned, overdue, reminded, checked."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from tests.factories import PASSWORD
from tests.registers.conftest import build_cast
from tests.registers.helpers import approved_account

from safesocial.monitoring import selectors, services
from safesocial.monitoring.models import MonitoringDuty
from safesocial.registers import services as register_services
from safesocial.registers import tasks
from safesocial.registers.models import Reminder

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast(db):
    return build_cast()


def test_when_a_check_is_overdue_then_the_assignee_is_reminded_once_and_sees_it_on_the_home_page(
    cast, client
):
    account = approved_account(cast)
    duty = services.duty_assign(account=account, actor=cast.slt, assignee=cast.teacher, every_days=7)
    assert list(selectors.overdue_duties(cast.school)) == []
    MonitoringDuty.objects.filter(pk=duty.pk).update(next_due=timezone.now() - dt.timedelta(hours=1))
    mail.outbox.clear()
    assert tasks.sweep_all()["monitoring"] == 1
    assert tasks.sweep_all()["monitoring"] == 0
    assert [m.to[0] for m in mail.outbox if "check is overdue" in m.subject] == [cast.teacher.email]
    client.login(username=cast.teacher.username, password=PASSWORD)
    home = client.get(reverse("school_home", args=[cast.school.slug])).content.decode()
    assert "the check is overdue" in home
    overview = client.get(reverse("monitoring:overview", args=[cast.school.slug])).content.decode()
    assert "Overdue" in overview


def test_recording_a_check_moves_the_due_date_and_resolves_the_reminder(cast):
    account = approved_account(cast)
    duty = services.duty_assign(account=account, actor=cast.admin, assignee=cast.teacher2, every_days=3)
    MonitoringDuty.objects.filter(pk=duty.pk).update(next_due=timezone.now() - dt.timedelta(days=1))
    tasks.sweep_all()
    services.check_record(
        account=account, actor=cast.teacher2, outcome="answered", note="Replied to two parents"
    )
    duty.refresh_from_db()
    assert duty.next_due > timezone.now() + dt.timedelta(days=2)
    assert not Reminder.objects.filter(kind="monitoring-overdue", resolved_at=None).exists()


def test_only_leaders_or_the_administrator_assign_and_only_runners_or_the_assignee_check(cast):
    account = approved_account(cast)
    with pytest.raises(register_services.NotAllowed):
        services.duty_assign(account=account, actor=cast.teacher, assignee=cast.teacher, every_days=7)
    with pytest.raises(register_services.NotAllowed):
        services.check_record(account=account, actor=cast.governor, outcome="fine")
    services.check_record(account=account, actor=cast.teacher, outcome="fine")


@pytest.mark.parametrize(
    ("who", "status"), [("slt", 200), ("admin", 200), ("teacher", 200), ("dsl", 404), ("outsider", 404)]
)
def test_who_sees_an_accounts_checks(cast, client, who, status):
    account = approved_account(cast)
    client.login(username=getattr(cast, who).username, password=PASSWORD)
    assert (
        client.get(reverse("monitoring:account", args=[cast.school.slug, account.pk])).status_code == status
    )
