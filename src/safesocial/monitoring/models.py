"""Monitoring the school's official accounts: who checks each one, how often, and every check made.

Seed 003 §4: "School accounts must be monitored regularly and frequently." A duty names the person and the
interval; a check past its interval is overdue and shows on the home page and in the worker's reminders.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from safesocial.registers.models import OfficialAccount


class MonitoringDuty(models.Model):
    account = models.OneToOneField(OfficialAccount, on_delete=models.CASCADE, related_name="monitoring_duty")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="monitoring_duties"
    )
    every_days = models.PositiveSmallIntegerField(_("check every (days)"), default=7)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField()
    next_due = models.DateTimeField()

    class Meta:
        ordering = ["next_due"]

    def __str__(self) -> str:
        return f"{self.account} checked by {self.assignee} every {self.every_days} days"


class MonitoringCheck(models.Model):
    class Outcome(models.TextChoices):
        FINE = "fine", _("Nothing needing action")
        ANSWERED = "answered", _("Comments or messages answered")
        CONCERN = "concern", _("Something needs reporting")

    account = models.ForeignKey(OfficialAccount, on_delete=models.CASCADE, related_name="monitoring_checks")
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    checked_at = models.DateTimeField()
    outcome = models.CharField(_("what you found"), max_length=10, choices=Outcome.choices)
    note = models.TextField(_("note"), blank=True, max_length=2000)

    class Meta:
        ordering = ["-checked_at"]

    def __str__(self) -> str:
        return f"{self.account} checked {self.checked_at:%Y-%m-%d}"
