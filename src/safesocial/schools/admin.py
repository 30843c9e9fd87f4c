from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest

from safesocial.audit.admin import AuditedAdmin
from safesocial.schools.models import (
    PeopleImport,
    Person,
    PolicyRevision,
    RoleAssignment,
    School,
    Trust,
    User,
)


class RoleAssignmentInline(admin.TabularInline[RoleAssignment, User]):
    model = RoleAssignment
    extra = 0
    fk_name = "user"


@admin.register(User)
class SafeSocialUserAdmin(AuditedAdmin, UserAdmin):  # type: ignore[misc]
    inlines = [RoleAssignmentInline]


@admin.register(Trust)
class TrustAdmin(AuditedAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)


@admin.register(School)
class SchoolAdmin(AuditedAdmin):
    list_display = ("name", "trust", "policy_pack_id", "language")
    list_filter = ("trust", "language")
    search_fields = ("name",)


@admin.register(Person)
class PersonAdmin(AuditedAdmin):
    list_display = ("last_name", "first_name", "kind", "school", "year_group", "no_publish")
    list_filter = ("school", "kind", "no_publish")
    search_fields = ("first_name", "last_name", "mis_id")


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(AuditedAdmin):
    list_display = ("user", "role", "school", "trust")
    list_filter = ("role", "school")


@admin.register(PolicyRevision)
class PolicyRevisionAdmin(admin.ModelAdmin[PolicyRevision]):
    list_display = ("pack_id", "revision", "content_hash", "school", "created_at")
    readonly_fields = ("pack_id", "revision", "content_hash", "content", "school", "created_by", "created_at")

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False  # decisions and adoptions keep the revision they were made under


@admin.register(PeopleImport)
class PeopleImportAdmin(admin.ModelAdmin[PeopleImport]):
    """Uploads from the MIS, for the service desk: counts and status only, never the uploaded list."""

    list_display = ("school", "kind", "status", "row_count", "error_count", "created_at", "uploaded_by")
    list_filter = ("status", "school")
    exclude = ("content",)
    readonly_fields = (
        "school",
        "uploaded_by",
        "kind",
        "filename",
        "encoding",
        "content_hash",
        "status",
        "row_count",
        "error_count",
        "summary",
        "created_at",
        "finished_at",
    )

    def has_add_permission(self, request: object) -> bool:
        return False
