"""`safesocial import_people --school SLUG [--kind pupil] FILE.csv`: import people from the MIS.

All or nothing: if any row has a problem, every problem is listed and nothing is imported (exit status 1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from safesocial.schools.models import Person, School
from safesocial.schools.people_import import error_report_csv, max_upload_bytes, printable
from safesocial.schools.services import people_import_cancel, people_import_check, people_import_file


class Command(BaseCommand):
    help = "Import pupils, staff, parents or governors from a CSV file exported from the school's MIS."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The CSV file.")
        parser.add_argument("--school", required=True, help="The school's short name (slug).")
        parser.add_argument(
            "--kind",
            choices=Person.Kind.values,
            default="",
            help="Who the file lists; leave out when the file has a Type column.",
        )
        parser.add_argument("--check", action="store_true", help="Only check the file; change nothing.")
        parser.add_argument("--problems-csv", help="Also write the problems found to this CSV file.")

    def handle(self, *args: Any, **options: Any) -> None:
        school = School.objects.filter(slug=options["school"]).first()
        if school is None:
            raise CommandError(f"No school has the short name {printable(options['school'])!r}.")
        path = Path(options["file"])
        try:
            with path.open("rb") as fh:
                data = fh.read(max_upload_bytes() + 1)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from None
        if options["check"]:
            _import, plan = people_import_check(
                school=school, actor=None, data=data, filename=path.name, kind=options["kind"]
            )
            outcome = None
            if _import is not None:
                people_import_cancel(people_import=_import, actor=None)
        else:
            plan, outcome = people_import_file(
                school=school, data=data, filename=path.name, kind=options["kind"]
            )
        if options["problems_csv"]:
            Path(options["problems_csv"]).write_text(error_report_csv(plan.errors), encoding="utf-8")
        for warning in plan.warnings:
            self.stdout.write(self.style.WARNING(warning))
        if plan.errors:
            for e in plan.errors:
                where = f"line {e.line}" if e.line else "file"
                column = f", {e.column}" if e.column else ""
                value = f" ({printable(e.value)})" if e.value else ""
                self.stderr.write(f"{where}{column}: {e.message}{value}")
            raise CommandError(f"{len(plan.errors)} problem(s) found; nothing was imported.")
        counts = plan.counts()
        if outcome is None:
            self.stdout.write(
                f"The file is good: {counts['rows']} people ({counts['create']} to add, "
                f"{counts['update']} to update, {counts['unchanged']} unchanged). Nothing changed (--check)."
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {counts['rows']} people into {school.name}: {outcome['created']} added, "
                f"{outcome['updated']} updated, {outcome['unchanged']} unchanged, "
                f"{outcome['links']} parent links."
            )
        )
