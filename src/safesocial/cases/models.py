"""Cases: reports about posts, contact, bullying, the media and safeguarding, and how the school handles them.

Writes go through `services.py`, reads through `selectors.py`. What a reporter said (`Report`), the files they
gave (`Evidence`), what the screener found (`Screening`), the letters the school sent (`Letter`) and the
case's chronology (`CaseEvent`) are evidence: stored once and never changed or deleted through the product.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImmutableError(RuntimeError):
    """Raised when code tries to change or delete a record that is evidence."""


class _WriteOnce(models.Model):
    """A row that can be created but never updated or deleted through the ORM."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not self._state.adding:
            raise ImmutableError(f"{self._meta.verbose_name} is evidence and cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ImmutableError(f"{self._meta.verbose_name} is evidence and cannot be deleted.")


class Kind(models.TextChoices):
    """What was reported. The URL names of the report forms use these values."""

    POST = "post", _("A post about the school or its people")
    PUPIL_CONTACT = "pupil-contact", _("Contact or a friend request from a pupil")
    CYBERBULLYING = "cyberbullying", _("Cyberbullying of a member of staff")
    MEDIA = "media", _("A media enquiry")
    SAFEGUARDING = "safeguarding", _("A safeguarding concern")


class Stage(models.TextChoices):
    """Where a case is in its protocol. The order follows the inappropriate-post protocol (seed 003)."""

    REPORTED = "reported", _("Reported, awaiting a decision")
    POLICE = "police", _("With the police")
    INTERNAL = "internal", _("Being dealt with by the school")
    MEETING = "meeting", _("Meeting arranged with the author")
    DEADLINE = "deadline", _("Waiting for the post to be deleted")
    PLATFORM = "platform", _("Reported to the platform")
    HARMFUL_CONTENT = "harmful-content", _("Reported to Report Harmful Content")
    LEGAL = "legal", _("Legal advice")
    DISCIPLINARY = "disciplinary", _("Disciplinary procedure")
    RESOLVED = "resolved", _("Resolved, ready to close")
    CLOSED = "closed", _("Closed")


class Route(models.TextChoices):
    """The decision on how a case is handled (protocol step 3)."""

    POLICE = "police", _("Police")
    INTERNAL = "internal", _("Internal procedure")
    DISCIPLINARY = "disciplinary", _("Disciplinary procedure (staff)")
    SAFEGUARDING = "safeguarding", _("Safeguarding procedure")


class AuthorKind(models.TextChoices):
    PARENT = "parent", _("A parent or carer")
    PUPIL = "pupil", _("A pupil")
    STAFF = "staff", _("A member of staff")
    HEAD_TEACHER = "head_teacher", _("The head teacher")
    GOVERNOR = "governor", _("A governor")
    PUBLIC = "public", _("A member of the public")
    UNKNOWN = "unknown", _("Not known")


class Subject(models.TextChoices):
    """Who a report is about (for cyberbullying: who is targeted)."""

    SCHOOL = "school", _("The school in general")
    PUPILS = "pupils", _("A pupil or pupils")
    STAFF = "staff", _("A member of staff")
    REPORTER = "reporter", _("Me")
    HEAD_TEACHER = "head_teacher", _("The head teacher")
    GOVERNOR = "governor", _("A governor")
    PARENT = "parent", _("A parent or carer")
    OTHER = "other", _("Someone else")


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    X = "x", "X (Twitter)"
    INSTAGRAM = "instagram", "Instagram"
    TIKTOK = "tiktok", "TikTok"
    WHATSAPP = "whatsapp", "WhatsApp"
    SNAPCHAT = "snapchat", "Snapchat"
    YOUTUBE = "youtube", "YouTube"
    LINKEDIN = "linkedin", "LinkedIn"
    BLOG = "blog", _("A blog or website")
    FORUM = "forum", _("A forum")
    NEWSPAPER = "newspaper", _("A newspaper, radio or TV")
    OTHER = "other", _("Somewhere else")


class Case(models.Model):
    """One matter the school handles. Mutable workflow state only; what was reported lives in `Report`."""

    school = models.ForeignKey("schools.School", on_delete=models.PROTECT, related_name="cases")
    number = models.PositiveIntegerField()
    reference = models.CharField(_("reference"), max_length=24)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.REPORTED)
    route = models.CharField(_("decision"), max_length=20, choices=Route.choices, blank=True)
    # Who handles the case, decided when it was reported (see routing.py). Only these roles can see it.
    # Stored as ",role,role," so "holds any of these roles" is a portable `contains` query on every database.
    handler_roles = models.CharField(max_length=300)
    # Roles that must never see it, whatever else they hold (the head teacher when the head is the subject).
    conflict_roles = models.CharField(max_length=300, blank=True)
    # Named people who must never see it: the subject or the author, when they have an account.
    hidden_from = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    restricted = models.BooleanField(default=False, help_text=_("Safeguarding: the DSL and the head only."))
    route_id = models.CharField(max_length=80, blank=True)  # the pack's reporting route or escalation
    routing_notes = models.JSONField(default=list, blank=True)  # why it went where it went (codes)
    external = models.JSONField(default=list, blank=True)  # e.g. ["police"], from the pack
    police_prompt = models.BooleanField(default=False)
    indecent_images = models.BooleanField(default=False)
    author_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    pack_id = models.CharField(max_length=64)
    pack_revision = models.CharField(max_length=120)
    reported_at = models.DateTimeField()
    meeting_at = models.DateTimeField(null=True, blank=True)
    deadline_at = models.DateTimeField(null=True, blank=True)
    deadline_notices = models.JSONField(default=list, blank=True)  # reminders already sent for this deadline
    outcome = models.CharField(max_length=40, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-reported_at"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        constraints = [
            models.UniqueConstraint(fields=["school", "number"], name="unique_case_number_per_school"),
            models.UniqueConstraint(fields=["school", "reference"], name="unique_case_reference_per_school"),
        ]
        indexes = [models.Index(fields=["school", "stage"]), models.Index(fields=["deadline_at"])]

    def __str__(self) -> str:
        return self.reference

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ImmutableError("Cases are kept as records and cannot be deleted.")

    @property
    def is_open(self) -> bool:
        return self.stage != Stage.CLOSED

    @property
    def handlers(self) -> list[str]:
        return split_roles(self.handler_roles)

    @property
    def conflicts(self) -> list[str]:
        return split_roles(self.conflict_roles)


def join_roles(roles: list[str]) -> str:
    return "," + ",".join(roles) + "," if roles else ""


def split_roles(value: str) -> list[str]:
    return [r for r in value.split(",") if r]


class Report(_WriteOnce):
    """What the reporter told the school, exactly as submitted. The text is evidence and is kept."""

    case = models.OneToOneField(Case, on_delete=models.PROTECT, related_name="report")
    platform = models.CharField(_("platform or website"), max_length=20, choices=Platform.choices, blank=True)
    url = models.URLField(_("web address"), max_length=2000, blank=True)
    author_kind = models.CharField(_("who posted it"), max_length=20, choices=AuthorKind.choices)
    author_name = models.CharField(_("their name or account"), max_length=200, blank=True)
    subject = models.CharField(_("who it is about"), max_length=20, choices=Subject.choices)
    subject_name = models.CharField(_("their name"), max_length=200, blank=True)
    posted_at = models.DateTimeField(_("when it was posted"), null=True, blank=True)
    seen_at = models.DateTimeField(_("when you saw it"), null=True, blank=True)
    text = models.TextField(_("what it says"), blank=True)
    text_sha256 = models.CharField(max_length=64)
    details = models.JSONField(
        default=dict, blank=True
    )  # per-type facts: journalist, pupil, deadline given...
    may_be_illegal = models.BooleanField(default=False)
    indecent_images = models.BooleanField(default=False)
    anonymous = models.BooleanField(_("keep my name from the person concerned"), default=False)
    public = models.BooleanField(default=False)  # through the public link, without an account
    reporter_name = models.CharField(max_length=200, blank=True)  # public reporters only, optional
    reporter_contact = models.CharField(max_length=200, blank=True)
    received_at = models.DateTimeField()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"report for case {self.case_id}"


def evidence_path(instance: Evidence, filename: str) -> str:
    # The reporter's file name is only a label; the stored name carries nothing they typed.
    return f"evidence/{instance.case.school_id}/{instance.case_id}/{instance.sha256[:16]}-{instance.token}"


class Evidence(_WriteOnce):
    """A file received as evidence (an image or a PDF), checked by content, fingerprinted on receipt."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="evidence")
    token = models.CharField(max_length=32, unique=True)
    file = models.FileField(upload_to=evidence_path, max_length=300)
    label = models.CharField(_("file name given"), max_length=200)
    media_type = models.CharField(max_length=60)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    note = models.CharField(_("note"), max_length=500, blank=True)
    source = models.CharField(max_length=20)  # report, public, case, api
    received_at = models.DateTimeField()
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["received_at", "pk"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return f"{self.label} ({self.sha256[:12]})"


class Screening(_WriteOnce):
    """The screener's decision on the reported text, under the policy revision in force at the time."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="screenings")
    verdict = models.CharField(max_length=20)
    findings = models.JSONField(default=list)
    actions = models.JSONField(default=list)
    revision_label = models.CharField(max_length=120)
    error = models.CharField(max_length=300, blank=True)
    screened_at = models.DateTimeField()

    class Meta:
        ordering = ["screened_at", "pk"]
        verbose_name = _("screening")
        verbose_name_plural = _("screenings")

    def __str__(self) -> str:
        return f"{self.verdict} under {self.revision_label}"


class LetterKind(models.TextChoices):
    MEETING_INVITATION = "meeting-invitation", _("Invitation to meet (Annex A)")
    DELETION_REQUEST = "deletion-request", _("Letter asking for deletion (Annex B)")


def letter_path(instance: Letter, filename: str) -> str:
    return f"letters/{instance.case.school_id}/{instance.case_id}/{instance.token}-{filename}"


class Letter(_WriteOnce):
    """A letter generated from the case facts, as DOCX and PDF, in one language. Kept as sent."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="letters")
    token = models.CharField(max_length=32, unique=True)
    kind = models.CharField(max_length=24, choices=LetterKind.choices)
    template_id = models.CharField(max_length=60)  # the pack's letter id, e.g. "annex-b"
    language = models.CharField(max_length=2)
    facts = models.JSONField(default=dict)  # what went into it (dates as ISO strings)
    docx = models.FileField(upload_to=letter_path, max_length=300)
    docx_sha256 = models.CharField(max_length=64)
    pdf = models.FileField(upload_to=letter_path, max_length=300)
    pdf_sha256 = models.CharField(max_length=64)
    issued_at = models.DateTimeField()
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["issued_at", "pk"]
        verbose_name = _("letter")
        verbose_name_plural = _("letters")

    def __str__(self) -> str:
        return f"{self.template_id} ({self.language})"


class EventKind(models.TextChoices):
    REPORTED = "reported", _("Reported")
    ROUTED = "routed", _("Sent to")
    SCREENED = "screened", _("Screened against the policy")
    EVIDENCE = "evidence", _("Evidence added")
    DECISION = "decision", _("Decision")
    POLICE = "police", _("Police update")
    LETTER = "letter", _("Letter issued")
    MEETING_ARRANGED = "meeting-arranged", _("Meeting arranged")
    MEETING = "meeting", _("Meeting held")
    MEETING_MISSED = "meeting-missed", _("Meeting not attended")
    DEADLINE_SET = "deadline-set", _("Deadline to delete set")
    REMINDER = "reminder", _("Reminder sent")
    DEADLINE_PASSED = "deadline-passed", _("Deadline passed")
    OUTCOME = "outcome", _("Outcome")
    PLATFORM = "platform", _("Reported to the platform")
    HARMFUL_CONTENT = "harmful-content", _("Reported to Report Harmful Content")
    LEGAL = "legal", _("Legal advice")
    DISCIPLINARY = "disciplinary", _("Disciplinary procedure")
    PUBLISHING_SUSPENDED = "publishing-suspended", _("Publishing rights suspended")
    PUBLISHING_RESTORED = "publishing-restored", _("Publishing rights restored")
    HANDED_OVER = "handed-over", _("Handed over")
    NOTE = "note", _("Note")
    CLOSED = "closed", _("Closed")


class CaseEvent(_WriteOnce):
    """One entry in a case's chronology. `data` holds the facts; `text` any notes or minutes."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="events")
    at = models.DateTimeField()
    kind = models.CharField(max_length=24, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=200)
    data = models.JSONField(default=dict, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("case event")
        verbose_name_plural = _("case events")

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"


class PublishingSuspension(models.Model):
    """A member of staff may not publish on the school's official accounts while this is active."""

    school = models.ForeignKey("schools.School", on_delete=models.PROTECT, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="suspensions")
    suspended_at = models.DateTimeField()
    suspended_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("publishing suspension")
        verbose_name_plural = _("publishing suspensions")

    def __str__(self) -> str:
        return f"publishing suspended for user {self.user_id}"


class PublicReportBucket(models.Model):
    """How many public reports one client address sent in one minute (`window_start`); the limit counts the
    last sixty. The address is stored only as a keyed hash, and buckets older than a day are removed by
    `safesocial cases_sweep`."""

    key = models.CharField(max_length=64)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "window_start"], name="unique_report_bucket")]

    def __str__(self) -> str:
        return f"{self.count} at {self.window_start:%Y-%m-%d %H:%M}"
