"""Read-only admin views: every change goes through the services (and so the audit log)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from safesocial.registers.models import AccountApplication, Acknowledgement, OfficialAccount, PolicyAdoption


class ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(PolicyAdoption)
class PolicyAdoptionAdmin(ReadOnly):
    list_display = ("school", "revision", "adopted_at", "review_due")


@admin.register(Acknowledgement)
class AcknowledgementAdmin(ReadOnly):
    list_display = ("school", "user", "revision", "acknowledged_at")
    list_filter = ("school",)


@admin.register(AccountApplication)
class AccountApplicationAdmin(ReadOnly):
    list_display = ("name", "school", "status", "submitted_at")


@admin.register(OfficialAccount)
class OfficialAccountAdmin(ReadOnly):
    list_display = ("name", "school", "platform", "status")
    exclude = ("credentials_token",)
