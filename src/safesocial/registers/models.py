"""The school's registers: policy adoption and acknowledgement, declarations, training, official accounts and
their pre-publication checks, kept post checks, and the reminders the worker sends.

Writes go through `services.py`, reads through `selectors.py`; models hold data and invariants only.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from safesocial.schools.models import Person, PolicyRevision, School


class PolicyAdoption(models.Model):
    """A school adopted (and so published to its people) one stored revision of its policy pack."""

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="policy_adoptions")
    revision = models.ForeignKey(PolicyRevision, on_delete=models.PROTECT, related_name="adoptions")
    adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    adopted_at = models.DateTimeField()
    review_due = models.DateField(_("review due"))

    class Meta:
        ordering = ["-adopted_at"]

    def __str__(self) -> str:
        return f"{self.school} adopted {self.revision}"


class Acknowledgement(models.Model):
    """A person confirmed they have read and understood one revision of the school's policy."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="acknowledgements")
    revision = models.ForeignKey(PolicyRevision, on_delete=models.PROTECT, related_name="acknowledgements")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="acknowledgements"
    )
    acknowledged_at = models.DateTimeField()

    class Meta:
        ordering = ["-acknowledged_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["school", "revision", "user"], name="one_acknowledgement_per_revision"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} acknowledged {self.revision}"


class TrainingRecord(models.Model):
    """Training a person has had, recorded by a leader or the school administrator."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="training_records")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_records"
    )
    course = models.CharField(_("training"), max_length=200)
    completed_on = models.DateField(_("completed on"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-completed_on"]

    def __str__(self) -> str:
        return f"{self.user}: {self.course} ({self.completed_on})"


class Declaration(models.Model):
    """A member of staff declares a relationship or social contact with a pupil or their family, or a
    difficulty
    complying with the policy. The head teacher or the safeguarding lead reviews it; it is reconfirmed
    yearly."""

    class Kind(models.TextChoices):
        RELATED = "related", _("I am related to a pupil")
        FAMILY_CONTACT = "family-contact", _("I have social contact with a pupil's family")
        PUPIL_CONTACT = "pupil-contact", _("I have contact with a pupil outside school")
        DIFFICULTY = "difficulty", _("I have difficulty complying with the policy")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        NOTED = "noted", _("Reviewed: noted")
        ARRANGEMENTS = "arrangements", _("Reviewed: arrangements agreed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="declarations")
    declarant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="declarations"
    )
    kind = models.CharField(_("what you are declaring"), max_length=20, choices=Kind.choices)
    pupils = models.ManyToManyField(Person, blank=True, related_name="declarations", verbose_name=_("pupils"))
    details = models.TextField(_("details"), max_length=4000)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField()
    confirmed_at = models.DateTimeField()
    reconfirm_due = models.DateField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True, max_length=4000)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Declaration {self.pk} ({self.kind}, {self.status})"

    @property
    def is_active(self) -> bool:
        return self.status != self.Status.WITHDRAWN


class AccountApplication(models.Model):
    """A business case for an official school social-media account, decided by the senior leadership team."""

    class Visibility(models.TextChoices):
        OPEN = "open", _("Open (anyone can see it)")
        PRIVATE = "private", _("Private or closed (approved members only)")

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="account_applications")
    name = models.CharField(_("account name"), max_length=120)
    platform = models.CharField(_("platform"), max_length=20)
    aim = models.TextField(_("aim of the account"), max_length=2000)
    audience = models.TextField(_("intended audience"), max_length=2000)
    promotion = models.TextField(_("how the account will be promoted"), max_length=2000)
    visibility = models.CharField(_("open or private"), max_length=10, choices=Visibility.choices)
    runners = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="account_applications",
        verbose_name=_("who will run the account"),
    )
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    submitted_at = models.DateTimeField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.SUBMITTED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True, max_length=2000)

    class Meta:
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        return self.name


class OfficialAccount(models.Model):
    """An official account the school runs, recorded by the administrator after its business case was
    approved.

    The sign-in details are encrypted at rest (Fernet, key from SAFESOCIAL_CREDENTIALS_KEY) and shown
    only to the
    account's named runners, one audited reveal at a time.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="official_accounts")
    application = models.OneToOneField(AccountApplication, on_delete=models.PROTECT, related_name="account")
    name = models.CharField(_("account name"), max_length=120)
    platform = models.CharField(_("platform"), max_length=20)
    handle = models.CharField(_("handle or address"), max_length=200)
    runners = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="official_accounts")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()
    credentials_token = models.TextField(blank=True, editable=False)  # Fernet token; never the plain text
    credentials_updated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.platform})"


class PrePublicationCheck(models.Model):
    """A draft post for an official account, checked against consent, the no-publish list and the screener,
    and (when nothing blocks it) approved by someone other than its author."""

    class Outcome(models.TextChoices):
        BLOCKED = "blocked", _("Blocked")
        ATTENTION = "attention", _("Needs attention")
        CLEAR = "clear", _("Clear to approve")

    account = models.ForeignKey(
        OfficialAccount, on_delete=models.PROTECT, related_name="prepublication_checks"
    )
    drafted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()
    # The school's own intended public post: kept so the approver sees exactly what they approve.
    caption = models.TextField(max_length=5000)
    image_description = models.TextField(blank=True, max_length=2000)
    people = models.ManyToManyField(Person, blank=True, related_name="prepublication_checks")
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    reasons = models.JSONField(default=list)  # [{"code": ..., "person": id | None, "clause": id | None}]
    decision = models.JSONField(default=dict)  # the screener's decision, evidence text removed
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Pre-publication check {self.pk} ({self.outcome})"


class PostCheckRecord(models.Model):
    """What "check my post" keeps when the person asks it to: a keyed digest of the draft and the
    decision with
    its evidence text removed. Never the draft itself."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="post_check_records")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField()
    digest = models.CharField(max_length=64)  # sha256 of the draft
    length = models.PositiveIntegerField()
    masked_text = models.TextField(
        blank=True
    )  # the draft with names, contacts and other personal data masked
    account = models.CharField(max_length=10)
    platform = models.CharField(max_length=20)
    pack_revision = models.CharField(max_length=120)
    verdict = models.CharField(max_length=10)
    decision = models.JSONField(default=dict)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Post check {self.pk} ({self.verdict})"


class Reminder(models.Model):
    """A reminder sent to one person, by e-mail and on their home page, until they act on it or dismiss it.

    `key` makes each reminder idempotent: the sweep can run any number of times and sends each one once.
    """

    class Kind(models.TextChoices):
        ACKNOWLEDGE = "acknowledge", pgettext_lazy("reminder kind", "Read and confirm the policy")
        REVIEW_DUE = "review-due", pgettext_lazy("reminder kind", "Policy review due")
        DECLARATION_RECONFIRM = (
            "declaration-reconfirm",
            pgettext_lazy("reminder kind", "Reconfirm a declaration"),
        )
        DECLARATION_REVIEW = "declaration-review", pgettext_lazy("reminder kind", "Review a declaration")
        MONITORING_OVERDUE = "monitoring-overdue", pgettext_lazy("reminder kind", "Account check overdue")

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=24, choices=Kind.choices)
    key = models.CharField(max_length=120)
    url = models.CharField(max_length=300, blank=True)
    sent_at = models.DateTimeField()
    emailed = models.BooleanField(default=False)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-sent_at"]
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="one_reminder_per_key")]

    def __str__(self) -> str:
        return f"{self.kind} for {self.user}"
