"""Read-only admin for cases: evidence, letters and chronology can never be changed or deleted, and cases are
handled through the case pages (where every action is permitted, recorded and audited), not here."""

from __future__ import annotations

from django.contrib import admin

from safesocial.audit.admin import ReadOnlyAdmin
from safesocial.cases.models import Case, CaseEvent, Evidence, Letter, Report, Screening


@admin.register(Case)
class CaseAdmin(ReadOnlyAdmin):
    list_display = ("reference", "school", "kind", "stage", "reported_at")
    list_filter = ("kind", "stage", "school")
    exclude = ("hidden_from",)


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ("case", "label", "media_type", "size", "sha256", "received_at")


@admin.register(Letter)
class LetterAdmin(ReadOnlyAdmin):
    list_display = ("case", "kind", "language", "issued_at", "pdf_sha256")


@admin.register(CaseEvent)
class CaseEventAdmin(ReadOnlyAdmin):
    list_display = ("case", "at", "kind", "actor_label")


@admin.register(Report)
class ReportAdmin(ReadOnlyAdmin):
    list_display = ("case", "author_kind", "platform", "received_at")


@admin.register(Screening)
class ScreeningAdmin(ReadOnlyAdmin):
    list_display = ("case", "verdict", "revision_label", "screened_at")
