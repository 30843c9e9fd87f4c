"""`safesocial registers_sweep`: send the registers' reminders now, or `--enqueue` them for the worker."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from safesocial.registers.tasks import registers_sweep, sweep_all


class Command(BaseCommand):
    help = (
        "Send due reminders: policy acknowledgements, policy reviews, yearly declaration reconfirmation, "
        "declarations waiting for review and overdue official-account checks. Safe to run repeatedly."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--enqueue", action="store_true", help="queue the sweep for the background worker"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["enqueue"]:
            result = registers_sweep.enqueue()
            self.stdout.write(f"Sweep queued ({result.id}).")
            return
        totals = sweep_all()
        for name, count in totals.items():
            self.stdout.write(f"{name}: {count} reminder(s) sent")
