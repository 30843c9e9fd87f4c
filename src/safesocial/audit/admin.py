"""Read-only admin. Records change only through the services, which check permission and write the audit
entry; the admin is for looking, so it can neither add, change nor delete."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from safesocial.audit.models import AuditEntry


class ReadOnlyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("seq", "at", "actor_label", "action", "object_type", "object_id", "school_id")
    list_filter = ("action", "object_type")
    search_fields = ("actor_label", "action", "object_id")
    readonly_fields = [f.name for f in AuditEntry._meta.fields]
