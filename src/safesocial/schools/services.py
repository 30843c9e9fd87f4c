"""Writes about schools, people and roles. Each service checks permission and records an audit entry itself.

A service given `actor=None` is acting for the system (a management command run by the service desk, or the
demo loader); a service given a user checks that user's role at the school first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from safesocial.audit.services import audit_record
from safesocial.schools.models import (
    PeopleImport,
    Person,
    Role,
    RoleAssignment,
    School,
    Trust,
    User,
)
from safesocial.schools.people_import import ImportFileError, ImportPlan, RowError, decode_upload, plan_import
from safesocial.schools.selectors import can_import_people


class ImportRefused(Exception):
    """The import cannot be applied; nothing was written."""

    def __init__(self, message: str, plan: ImportPlan | None = None) -> None:
        super().__init__(message)
        self.plan = plan


def _check_importer(actor: User | None, school: School) -> None:
    if actor is not None and not can_import_people(actor, school):
        raise PermissionDenied


def role_assign(
    *,
    user: User,
    role: str,
    school: School | None = None,
    trust: Trust | None = None,
    actor: User | None = None,
) -> RoleAssignment:
    """Give a user a role at a school (or, for the trust central team, across a trust). Safe to repeat."""
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}")
    if role == Role.TRUST_CENTRAL:
        if trust is None or school is not None:
            raise ValueError("the trust central team role is held across a trust, not at a school")
    elif school is None or trust is not None:
        raise ValueError("this role is held at a school")
    with transaction.atomic():
        assignment, created = RoleAssignment.objects.get_or_create(
            user=user, role=role, school=school, trust=trust
        )
        if created:
            audit_record(
                actor=actor,
                action="role.assigned",
                target=assignment,
                school=school,
                details={"user": user.pk, "role": role, "trust": trust.pk if trust else None},
            )
    user.__dict__.pop("_safesocial_roles", None)
    return assignment


def _preview_minutes() -> int:
    return int(getattr(settings, "SAFESOCIAL_IMPORT_PREVIEW_MINUTES", 60))


def people_import_check(
    *, school: School, actor: User | None, data: bytes, filename: str = "", kind: str = ""
) -> tuple[PeopleImport | None, ImportPlan]:
    """Read an uploaded file and plan its import without changing anyone. Returns the stored upload (None when
    the file could not be read at all) and the plan, whose errors say what to fix, row by row."""
    _check_importer(actor, school)
    try:
        text, encoding = decode_upload(data)
    except ImportFileError as exc:
        return None, ImportPlan(errors=[RowError(0, "", str(exc))])
    plan = plan_import(school, text, kind=kind, encoding=encoding)
    with transaction.atomic():
        # An earlier preview nobody confirmed: forget its contents now rather than keep children's data about.
        stale = PeopleImport.objects.filter(school=school, status=PeopleImport.Status.PREVIEWED)
        stale.update(status=PeopleImport.Status.CANCELLED, content="", finished_at=timezone.now())
        people_import = PeopleImport.objects.create(
            school=school,
            uploaded_by=actor,
            kind=kind,
            filename=filename[:200],
            encoding=encoding,
            content=text,
            content_hash=hashlib.sha256(data).hexdigest(),
            row_count=len(plan.rows) + plan.error_lines,
            error_count=len(plan.errors),
            summary=plan.counts(),
        )
        audit_record(
            actor=actor,
            action="people.import.checked",
            target=people_import,
            school=school,
            details={"hash": people_import.content_hash, **plan.counts()},
        )
    return people_import, plan


def people_import_plan(*, people_import: PeopleImport) -> ImportPlan:
    """The plan for a stored upload, worked out again against the school's people as they are now."""
    return plan_import(
        people_import.school, people_import.content, kind=people_import.kind, encoding=people_import.encoding
    )


def _apply(school: School, plan: ImportPlan) -> dict[str, int]:
    created = updated = 0
    by_mis_id: dict[str, Person] = {}
    people: list[tuple[Person, Any]] = []
    for row in plan.rows:
        if row.person_id is None:
            person = Person.objects.create(school=school, kind=row.kind, **row.values)
            created += 1
        else:
            person = Person.objects.get(pk=row.person_id, school=school)
            if row.action == "update":
                for name, value in row.values.items():
                    setattr(person, name, value)
                person.active = True
                person.save()
                updated += 1
        if row.kind == Person.Kind.PUPIL and person.mis_id:
            by_mis_id[person.mis_id] = person
        people.append((person, row))
    wanted = {c for _p, row in people for c in row.children if c not in by_mis_id}
    for pupil in Person.objects.filter(school=school, kind=Person.Kind.PUPIL, mis_id__in=wanted):
        by_mis_id[pupil.mis_id] = pupil
    links = 0
    for person, row in people:
        if row.has_children_column:
            children = [by_mis_id[c] for c in row.children]
            person.children.set(children)
            links += len(children)
    return {
        "created": created,
        "updated": updated,
        "unchanged": len(plan.rows) - created - updated,
        "links": links,
    }


def people_import_confirm(*, people_import: PeopleImport, actor: User | None) -> dict[str, int]:
    """Apply a checked upload: every row or none. Raises ImportRefused (and writes nothing) if the upload was
    already used or has expired, or if checking it again against the school's people now finds any error."""
    school = people_import.school
    _check_importer(actor, school)
    with transaction.atomic():
        locked = PeopleImport.objects.select_for_update().get(pk=people_import.pk)
        if locked.status != PeopleImport.Status.PREVIEWED:
            raise ImportRefused(
                _("This upload has already been imported or cancelled. Upload the file again.")
            )
        if locked.created_at < timezone.now() - dt.timedelta(minutes=_preview_minutes()):
            raise ImportRefused(_("This upload was checked too long ago. Upload the file again."))
        plan = people_import_plan(people_import=locked)
        if not plan.ok:
            raise ImportRefused(_("The file has errors; nothing was imported."), plan)
        outcome = _apply(school, plan)
        locked.status = PeopleImport.Status.COMMITTED
        locked.content = ""
        locked.finished_at = timezone.now()
        locked.summary = {**plan.counts(), **outcome}
        locked.save(update_fields=["status", "content", "finished_at", "summary"])
        audit_record(
            actor=actor,
            action="people.import.committed",
            target=locked,
            school=school,
            details={"hash": locked.content_hash, **outcome},
        )
    people_import.refresh_from_db()
    return outcome


def people_import_cancel(*, people_import: PeopleImport, actor: User | None) -> None:
    _check_importer(actor, people_import.school)
    with transaction.atomic():
        updated = PeopleImport.objects.filter(
            pk=people_import.pk, status=PeopleImport.Status.PREVIEWED
        ).update(status=PeopleImport.Status.CANCELLED, content="", finished_at=timezone.now())
        if updated:
            audit_record(
                actor=actor,
                action="people.import.cancelled",
                target=people_import,
                school=people_import.school,
            )


def people_import_file(
    *, school: School, data: bytes, kind: str = "", filename: str = "", actor: User | None = None
) -> tuple[ImportPlan, dict[str, int] | None]:
    """Check and, if the whole file is good, apply it (the command-line path). Returns the plan and the
    outcome (None when nothing was imported because of errors)."""
    people_import, plan = people_import_check(
        school=school, actor=actor, data=data, filename=filename, kind=kind
    )
    if people_import is None or not plan.ok:
        if people_import is not None:
            people_import_cancel(people_import=people_import, actor=actor)
        return plan, None
    try:
        outcome = people_import_confirm(people_import=people_import, actor=actor)
    except ImportRefused as exc:
        return exc.plan or plan, None
    return plan, outcome
