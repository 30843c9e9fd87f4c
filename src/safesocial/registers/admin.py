"""Read-only admin views: every change goes through the services (and so the audit log)."""

from __future__ import annotations

from django.contrib import admin

from safesocial.audit.admin import ReadOnlyAdmin
from safesocial.registers.models import AccountApplication, Acknowledgement, OfficialAccount, PolicyAdoption


@admin.register(PolicyAdoption)
class PolicyAdoptionAdmin(ReadOnlyAdmin):
    list_display = ("school", "revision", "adopted_at", "review_due")


@admin.register(Acknowledgement)
class AcknowledgementAdmin(ReadOnlyAdmin):
    list_display = ("school", "user", "revision", "acknowledged_at")
    list_filter = ("school",)


@admin.register(AccountApplication)
class AccountApplicationAdmin(ReadOnlyAdmin):
    list_display = ("name", "school", "status", "submitted_at")


@admin.register(OfficialAccount)
class OfficialAccountAdmin(ReadOnlyAdmin):
    list_display = ("name", "school", "platform", "status")
    exclude = ("credentials_token",)
