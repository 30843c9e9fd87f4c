"""Read-only admin. Records change only through the services, which check permission and write the audit
entry; the admin is for looking, so it can neither add, change nor delete."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.http import HttpRequest

from safesocial.audit.models import AuditEntry
from safesocial.audit.services import audit_record


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


class AuditedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Service-desk edits in the Django admin go into the audit chain like any other change: who, what record,
    which fields (never their values), at which school."""

    def _school_of(self, obj: Any) -> Any:
        from safesocial.schools.models import School

        return obj if isinstance(obj, School) else getattr(obj, "school", None)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            audit_record(
                actor=request.user,
                action="admin.changed" if change else "admin.added",
                target=obj,
                school=self._school_of(obj),
                details={"fields": sorted(form.changed_data)},
            )

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        with transaction.atomic():
            instances = formset.save()
            for obj in instances:
                audit_record(
                    actor=request.user, action="admin.changed", target=obj, school=self._school_of(obj)
                )
            for obj in formset.deleted_objects:
                audit_record(
                    actor=request.user,
                    action="admin.deleted",
                    school=self._school_of(obj),
                    details={"object": obj._meta.label_lower, "id": str(obj.pk)},
                )
            formset.save_m2m()

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        with transaction.atomic():
            details = {"object": obj._meta.label_lower, "id": str(obj.pk)}
            school = self._school_of(obj)
            super().delete_model(request, obj)
            audit_record(actor=request.user, action="admin.deleted", school=school, details=details)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for obj in queryset:
            self.delete_model(request, obj)
