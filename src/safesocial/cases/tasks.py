"""Background work for cases, run by the django-tasks worker (`safesocial db_worker`)."""

from __future__ import annotations

from django_tasks import task

from safesocial.cases.services import deadline_tick, deadlines_sweep


@task()
def watch_deadline(case_id: int) -> list[str]:
    """Queued when a deadline to delete is set, to run a day before it and when it passes."""
    return deadline_tick(case_id=case_id)


@task()
def sweep_deadlines() -> dict[str, int]:
    """The periodic safety net (also `safesocial cases_sweep`): every case waiting on a deadline."""
    return deadlines_sweep()
