from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from safesocial.audit.services import audit_verify


class Command(BaseCommand):
    help = (
        "Check the audit log's hash chain; exits non-zero and names the first entry that was tampered with."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = audit_verify()
        if not report.ok:
            raise CommandError(f"Audit chain broken at entry {report.first_bad_seq}: {report.reason}.")
        self.stdout.write(f"Audit chain intact: {report.entries} entries verified.")
