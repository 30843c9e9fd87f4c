"""`safesocial load_demo`: the demo trust, five schools, a user for every role, invented pupils and parents,
and the demo's story (cases, policy confirmations, declarations, official accounts) to look at."""

from __future__ import annotations

import textwrap
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from safesocial.schools.demo import DEMO_PASSWORD, load_demo

# (username, what to look at), printed after the sign-ins.
WHAT_TO_TRY: list[tuple[str, str]] = [
    (
        "head.ysgol-llanbedrog",
        "Cases: a parent's post part-way through the protocol (screenshot, decision, Annex B letter in Welsh "
        "and English, the 48-hour deadline running); a closed case under Status: Closed. Pages open in "
        "Welsh: 'English' in the header switches.",
    ),
    ("deputy.ysgol-llanbedrog", "Cases: a post about the head teacher. Only the deputy sees it."),
    ("slt.ysgol-llanbedrog", "Home: a business case for an official account waiting for your decision."),
    (
        "teacher.ysgol-llanbedrog",
        "Home: an overdue check of the school's Facebook page. Official accounts: reveal its sign-in details "
        "(you run it), and a draft post blocked by the no-publish list.",
    ),
    (
        "admin.ysgol-llanbedrog",
        "Official accounts: approve the other draft post. Consent: pupils' image consent and the no-publish "
        "list.",
    ),
    ("dsl.ysgol-llanbedrog", "Declarations: one waiting for your review, one reviewed."),
    ("head.bwmat", "Home: a pupil's friend request to a teacher, and who has not yet confirmed the policy."),
    ("line-manager.bwmat", "Home: read and confirm the policy (you have not yet)."),
    ("teacher.bwmat", "Check my post: paste a draft before it goes out and see what the policy says."),
    ("head.archbishop-hutton", "Cases: a parent bullying a teacher online, decided internal."),
    ("dsl.generic-school", "Cases: a safeguarding concern only the DSL and the head see."),
    ("teacher.generic-school", "Cases: a receipt for what you reported, and nothing more."),
    ("head.robert-carre", "Cases: a journalist's enquiry and a parent's post about a teacher."),
]


class Command(BaseCommand):
    help = (
        "Load the demo trust, schools and their story (safe to run again; --reset puts demo records back as "
        "first loaded)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Put every demo school, user (password included), role and person back as first loaded.",
        )
        parser.add_argument(
            "--people-only",
            action="store_true",
            help="Load only the trust, schools, users and people: no cases, confirmations or accounts.",
        )
        parser.add_argument("--quiet-logins", action="store_true", help="Do not print the demo sign-ins.")

    def handle(self, *args: Any, **options: Any) -> None:
        summary = load_demo(reset=options["reset"], story=not options["people_only"])
        c = summary.created
        if any(c.values()):
            self.stdout.write(
                f"Demo data loaded: {c['schools']} schools, {c['users']} users, {c['people']} people created."
            )
        else:
            self.stdout.write(
                "Demo data already present; reused it" + (" and reset it." if options["reset"] else ".")
            )
        story = summary.story
        if story is not None:
            s = story.created
            if any(s.values()):
                self.stdout.write(
                    f"Demo story loaded: cases {s['cases']} (letters {s['letters']}), policy confirmations "
                    f"{s['acknowledgements']}, declarations {s['declarations']}, training records "
                    f"{s['training']}, business cases {s['business_cases']}, official accounts "
                    f"{s['accounts']}."
                )
                if story.mail_folder:
                    self.stdout.write(f"E-mails the story sent are in {story.mail_folder}/")
            else:
                self.stdout.write("Demo story already present; nothing added.")
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
        if story is None:
            return
        self.stdout.write("")
        self.stdout.write("What to try:")
        for username, what in WHAT_TO_TRY:
            lines = textwrap.wrap(what, width=82)
            self.stdout.write(f"  {username:<26} {lines[0]}")
            for line in lines[1:]:
                self.stdout.write(f"  {'':<26} {line}")
