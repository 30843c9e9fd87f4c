"""The deadline watcher: a task queued when a deadline is set, and a sweep the worker or cron runs."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from tests.cases.conftest import deletion_letter_sent

from safesocial.cases.models import CaseEvent
from safesocial.cases.tasks import watch_deadline


@pytest.mark.django_db
def test_when_the_task_runs_before_the_deadline_then_nothing_is_sent(world):
    case = deletion_letter_sent(world)
    assert watch_deadline.call(case.pk) == []
    assert not CaseEvent.objects.filter(case=case, kind__in=["reminder", "deadline-passed"]).exists()


@pytest.mark.django_db
def test_when_a_deadline_is_set_then_the_watcher_is_queued_for_the_day_before_and_the_deadline(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        case = deletion_letter_sent(world)
    queued = DBTaskResult.objects.filter(task_path__endswith="watch_deadline")
    assert sorted(row.run_after for row in queued) == [
        case.deadline_at - dt.timedelta(hours=24),
        case.deadline_at,
    ]
    assert all(row.args_kwargs["args"] == [case.pk] for row in queued)


@pytest.mark.django_db
def test_when_the_sweep_runs_after_the_deadline_then_the_handlers_are_told_once(
    world, django_capture_on_commit_callbacks
):
    case = deletion_letter_sent(world)
    at = (case.deadline_at + dt.timedelta(minutes=1)).isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("cases_sweep", at=at)
        call_command("cases_sweep", at=at)
    assert CaseEvent.objects.filter(case=case, kind="deadline-passed").count() == 1
    assert [m.to for m in mail.outbox] == [[world.user("head_teacher").email]]


@pytest.mark.django_db(transaction=True)
def test_when_the_database_worker_runs_then_due_deadline_notices_are_sent(world):
    # transaction=True: on-commit hooks run, so the watcher is queued for real.
    case = deletion_letter_sent(world)
    queued = DBTaskResult.objects.filter(task_path__endswith="watch_deadline")
    assert queued.count() == 2
    # Bring the deadline forward to just now, as if two days had passed, and let the worker run what is due.
    from django.utils import timezone

    past = timezone.now() - dt.timedelta(minutes=1)
    type(case).objects.filter(pk=case.pk).update(deadline_at=past)
    queued.update(run_after=past)
    call_command("db_worker", batch=True, no_startup_delay=True, reload=False)
    assert set(
        DBTaskResult.objects.filter(task_path__endswith="watch_deadline").values_list("status", flat=True)
    ) == {"SUCCESSFUL"}
    assert CaseEvent.objects.filter(case=case, kind="deadline-passed").count() == 1
    assert any("wedi mynd heibio" in m.subject for m in mail.outbox)  # the school is Welsh
