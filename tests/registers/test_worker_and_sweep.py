"""The sweep as the database worker runs it, and as the command runs it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from tests.registers.helpers import adopt

from safesocial.registers import tasks
from safesocial.registers.models import PolicyAdoption

pytestmark = pytest.mark.django_db


def test_the_queued_sweep_runs_in_the_database_worker(cast, run_worker):
    adopt(cast.school, cast.head)
    PolicyAdoption.objects.update(review_due=dt.date.today() - dt.timedelta(days=1))
    run_worker()
    mail.outbox.clear()
    result = tasks.registers_sweep.enqueue()
    run_worker()
    row = DBTaskResult.objects.get(id=result.id)
    assert row.status == "SUCCESSFUL"
    assert row.return_value["review"] == 1
    assert any("overdue" in m.subject for m in mail.outbox)


def test_the_command_sends_reminders_and_is_safe_to_repeat(cast, capsys):
    adopt(cast.school, cast.head)
    call_command("registers_sweep")
    first = capsys.readouterr().out
    call_command("registers_sweep")
    second = capsys.readouterr().out
    assert "acknowledgement: 7 reminder(s) sent" in first
    assert "acknowledgement: 0 reminder(s) sent" in second


def test_the_command_can_queue_the_sweep(cast, capsys):
    call_command("registers_sweep", "--enqueue")
    assert "Sweep queued" in capsys.readouterr().out
    assert DBTaskResult.objects.filter(task_path__endswith="registers_sweep").count() == 1
