"""`safesocial load_demo`: the demo trust, five schools, a user for every role, invented pupils, parents."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from safesocial.schools.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo trust and schools (safe to run again; --reset puts demo records back as first loaded)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Put every demo school, user (password included), role and person back as first loaded.",
        )
        parser.add_argument("--quiet-logins", action="store_true", help="Do not print the demo sign-ins.")

    def handle(self, *args: Any, **options: Any) -> None:
        summary = load_demo(reset=options["reset"])
        c = summary.created
        if any(c.values()):
            self.stdout.write(
                f"Demo data loaded: {c['schools']} schools, {c['users']} users, {c['people']} people created."
            )
        else:
            self.stdout.write(
                "Demo data already present; reused it" + (" and reset it." if options["reset"] else ".")
            )
        for pack in summary.missing_packs:
            self.stdout.write(
                self.style.WARNING(
                    f"Policy pack '{pack}' is not bundled yet; its school runs without a stored revision."
                )
            )
        if options["quiet_logins"]:
            return
        self.stdout.write("")
        self.stdout.write(f"Demo sign-ins (every password: {DEMO_PASSWORD}):")
        current = None
        for login in summary.logins:
            if login.school != current:
                current = login.school
                self.stdout.write(f"  {login.school}")
            self.stdout.write(f"    {login.username:<32} {login.role_label} ({login.name})")
