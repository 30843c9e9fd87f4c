"""Trusts, schools, the people in them, and who holds which role where.

Writes go through `services.py`, reads through `selectors.py`; models hold data and invariants only.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in. Roles are held per school (or per trust) through RoleAssignment."""

    preferred_language = models.CharField(
        _("preferred language"), max_length=8, blank=True, help_text=_("Leave blank to follow the school.")
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def display_name(self) -> str:
        return self.get_full_name() or self.username


class Trust(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    aliases = models.JSONField(_("other names"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("trust")
        verbose_name_plural = _("trusts")

    def __str__(self) -> str:
        return self.name


def default_working_days() -> list[str]:
    return ["Mon", "Tue", "Wed", "Thu", "Fri"]


def default_breaks() -> list[list[str]]:
    return [["10:30", "10:45"], ["12:00", "13:00"]]


class School(models.Model):
    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        WELSH = "cy", _("Welsh")

    trust = models.ForeignKey(
        Trust,
        verbose_name=_("trust"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="schools",
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    aliases = models.JSONField(_("other names"), default=list, blank=True)
    handles = models.JSONField(_("social media handles"), default=list, blank=True)
    # Bodies the school's policy speaks for besides the trust it belongs to here (its own multi-academy trust,
    # a federation, a diocese), as the policy names them. The screener treats them like the trust's own names.
    affiliations = models.JSONField(
        _("other bodies the policy names"),
        default=list,
        blank=True,
        help_text=_("For example the school's multi-academy trust or federation as its policy names it."),
    )
    domains = models.JSONField(_("web and e-mail domains"), default=list, blank=True)
    language = models.CharField(_("default language"), max_length=2, choices=Language.choices, default="en")
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/London")
    working_days = models.JSONField(_("working days"), default=default_working_days)
    day_start = models.TimeField(_("working day starts"), default=dt.time(8, 30))
    day_end = models.TimeField(_("working day ends"), default=dt.time(15, 30))
    breaks = models.JSONField(_("breaks"), default=default_breaks, blank=True)
    # The policy pack this school runs on: a bundled pack id until the school adopts a stored revision.
    policy_pack_id = models.CharField(_("policy pack"), max_length=64)
    policy_revision = models.ForeignKey(
        "schools.PolicyRevision",
        verbose_name=_("adopted policy revision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("school")
        verbose_name_plural = _("schools")

    def __str__(self) -> str:
        return self.name


class PolicyRevision(models.Model):
    """One revision of a policy pack, as adopted or drafted by a school. Content never changes once stored."""

    pack_id = models.CharField(max_length=64)
    revision = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=64)
    content = models.TextField(help_text=_("The pack as YAML."))
    school = models.ForeignKey(
        School, null=True, blank=True, on_delete=models.PROTECT, related_name="policy_revisions"
    )
    created_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pack_id", "-revision"]
        constraints = [
            models.UniqueConstraint(fields=["pack_id", "content_hash"], name="unique_pack_content"),
        ]

    def __str__(self) -> str:
        return f"{self.pack_id} r{self.revision} ({self.content_hash[:12]})"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValidationError("A stored policy revision cannot be changed; store a new revision instead.")
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Person(models.Model):
    """Someone in the school community: a pupil, member of staff, parent/carer, governor or volunteer.

    People are records about the school community; a Person may or may not have a User to sign in.
    """

    class Kind(models.TextChoices):
        PUPIL = "pupil", _("Pupil")
        STAFF = "staff", _("Staff")
        PARENT = "parent", _("Parent or carer")
        GOVERNOR = "governor", _("Governor")
        VOLUNTEER = "volunteer", _("Volunteer")

    class Consent(models.TextChoices):
        UNKNOWN = "unknown", _("Not recorded")
        GIVEN = "given", _("Given")
        REFUSED = "refused", _("Refused")

    school = models.ForeignKey(
        School, verbose_name=_("school"), on_delete=models.PROTECT, related_name="people"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    mis_id = models.CharField(_("MIS identifier"), max_length=64, blank=True)
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    known_as = models.JSONField(_("known as"), default=list, blank=True)
    year_group = models.CharField(_("year group"), max_length=40, blank=True)
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    no_publish = models.BooleanField(
        _("images must not be published"), default=False, help_text=_("On the school's no-publish list.")
    )
    image_consent = models.CharField(
        _("image consent"), max_length=10, choices=Consent.choices, default=Consent.UNKNOWN
    )
    children = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="carers", verbose_name=_("children at the school")
    )
    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="people", verbose_name=_("user")
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(
                fields=["school", "kind", "mis_id"],
                condition=~models.Q(mis_id=""),
                name="unique_mis_id_per_school_and_kind",
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Role(models.TextChoices):
    """Product roles. Policy packs map their own role names onto these (safesocial.policy.ProductRole)."""

    STAFF = "staff", _("Staff")
    LINE_MANAGER = "line_manager", _("Line manager")
    HEAD_TEACHER = "head_teacher", _("Head teacher")
    DEPUTY_HEAD = "deputy_head", _("Deputy head")
    DSL = "dsl", _("Designated Safeguarding Lead")
    SLT = "slt", _("Senior leadership team")
    SCHOOL_ADMIN = "school_admin", _("School administrator")
    ICT_MANAGER = "ict_manager", _("ICT manager")
    GOVERNOR = "governor", _("Governor")
    CHAIR_OF_GOVERNORS = "chair_of_governors", _("Chair of governors")
    TRUST_CENTRAL = "trust_central", _("Trust central team")


class RoleAssignment(models.Model):
    """A user holds a role at one school, or (trust central team) across a trust."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    school = models.ForeignKey(
        School, null=True, blank=True, on_delete=models.CASCADE, related_name="role_assignments"
    )
    trust = models.ForeignKey(
        Trust, null=True, blank=True, on_delete=models.CASCADE, related_name="role_assignments"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(role="trust_central", trust__isnull=False, school__isnull=True)
                    | (~models.Q(role="trust_central") & models.Q(school__isnull=False, trust__isnull=True))
                ),
                name="role_scope_matches_role",
            ),
            models.UniqueConstraint(fields=["user", "role", "school"], name="unique_school_role"),
            models.UniqueConstraint(fields=["user", "role", "trust"], name="unique_trust_role"),
        ]

    def __str__(self) -> str:
        where = self.school or self.trust
        return f"{self.user} — {self.get_role_display()} — {where}"

    @property
    def label(self) -> str:
        """Wales says Designated Safeguarding Person where England says Lead."""
        from safesocial.schools.selectors import role_label

        return role_label(self.role, self.school)


class PeopleImport(models.Model):
    """One CSV upload of people from the school's MIS, between preview and confirmation.

    The file's text is kept only until the import is confirmed or cancelled (then it is cleared), so a
    school's list of children does not linger here; the hash and the counts stay as the record of the import.
    """

    class Status(models.TextChoices):
        PREVIEWED = "previewed", _("Checked, waiting for confirmation")
        COMMITTED = "committed", _("Imported")
        CANCELLED = "cancelled", _("Cancelled")

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="people_imports")
    uploaded_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(_("kind of people"), max_length=16, blank=True)
    filename = models.CharField(max_length=200, blank=True)
    encoding = models.CharField(max_length=20, blank=True)
    content = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PREVIEWED)
    row_count = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    summary = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.school} import {self.pk} ({self.status})"
