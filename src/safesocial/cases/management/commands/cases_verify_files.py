from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from safesocial.cases.selectors import stored_files_integrity


class Command(BaseCommand):
    help = (
        "Re-hash every stored evidence file and letter and compare it with the SHA-256 recorded when it was "
        "received or issued; exits non-zero and names each file that is missing or was changed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        checked, problems = stored_files_integrity()
        for p in problems:
            self.stderr.write(f"{p.what} {p.id} (case {p.case}): {p.reason}")
        if problems:
            raise CommandError(f"{len(problems)} of {checked} stored files do not match their fingerprints.")
        self.stdout.write(f"All {checked} stored files match their fingerprints.")
