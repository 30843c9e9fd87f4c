from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from safesocial.cases.services import deadlines_sweep


class Command(BaseCommand):
    help = (
        "Send due deadline reminders and deadline-passed notices for every case waiting on a deletion "
        "deadline. Run it from cron or the worker every few minutes; it is safe to run as often as you like."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--at",
            help="Act as if it were this time (ISO 8601, e.g. 2026-03-06T18:05+00:00), to rehearse.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        if options.get("at"):
            try:
                now = dt.datetime.fromisoformat(options["at"])
            except ValueError:
                raise CommandError("--at must be an ISO 8601 date and time") from None
            if timezone.is_naive(now):
                now = timezone.make_aware(now)
        counts = deadlines_sweep(now=now)
        self.stdout.write(
            f"Checked {counts['cases']} case(s): {counts['soon']} reminder(s), "
            f"{counts['passed']} deadline(s) passed."
        )
