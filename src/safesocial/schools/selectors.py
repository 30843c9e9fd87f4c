"""Reads about schools, people and roles. Every permission question about a user and a school starts here."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from safesocial.schools.models import PeopleImport, Person, Role, RoleAssignment, School, User

LEADERSHIP = frozenset({Role.HEAD_TEACHER, Role.DEPUTY_HEAD, Role.SLT})
SAFEGUARDING = frozenset({Role.DSL, Role.HEAD_TEACHER})


def roles_for(user: User | None, school: School) -> frozenset[str]:
    """The roles a user holds at a school. Trust central team members hold `trust_central` at each of the
    trust's schools. Anonymous and inactive users hold none."""
    if user is None or not user.is_authenticated or not user.is_active:
        return frozenset()
    cache: dict[int, frozenset[str]] = user.__dict__.setdefault("_safesocial_roles", {})
    if school.pk in cache:
        return cache[school.pk]
    scope = Q(school=school)
    if school.trust_id is not None:
        scope |= Q(trust_id=school.trust_id, role=Role.TRUST_CENTRAL)
    roles = frozenset(RoleAssignment.objects.filter(scope, user=user).values_list("role", flat=True))
    cache[school.pk] = roles
    return roles


# Most responsible first: how a person's roles are listed on their home page.
ROLE_ORDER = [
    Role.TRUST_CENTRAL,
    Role.HEAD_TEACHER,
    Role.DEPUTY_HEAD,
    Role.DSL,
    Role.SLT,
    Role.LINE_MANAGER,
    Role.SCHOOL_ADMIN,
    Role.ICT_MANAGER,
    Role.CHAIR_OF_GOVERNORS,
    Role.GOVERNOR,
    Role.STAFF,
]


def access_school(user: Any, slug: str) -> tuple[School, frozenset[str]]:
    """The school with this short name and the user's roles there. A school the user holds no role at is a
    404, the same answer as a school that does not exist, so its existence is not revealed."""
    school = School.objects.select_related("trust", "policy_revision").filter(slug=slug).first()
    if school is None:
        raise Http404
    roles = roles_for(user, school)
    if not roles:
        raise Http404
    return school, roles


def role_label(role: str, school: School | None) -> str:
    """What the role is called at this school. Welsh schools say Designated Safeguarding Person."""
    if role == Role.DSL and school is not None and school.language == "cy":
        return str(_("Designated Safeguarding Person"))
    try:
        return str(Role(role).label)
    except ValueError:
        return role


def role_labels(roles: Iterable[str], school: School | None) -> list[str]:
    """Role names for display, in the order of `Role` (head teacher before staff, and so on)."""
    known = sorted((r for r in roles if r in ROLE_ORDER), key=ROLE_ORDER.index)
    return [role_label(r, school) for r in known]


def has_role(user: User | None, school: School, roles: Iterable[str]) -> bool:
    return bool(roles_for(user, school) & set(roles))


def schools_for(user: User | None) -> QuerySet[School]:
    """Schools where the user holds any role (directly, or through their trust)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return School.objects.none()
    direct = RoleAssignment.objects.filter(user=user, school__isnull=False).values("school_id")
    trusts = RoleAssignment.objects.filter(user=user, role=Role.TRUST_CENTRAL).values("trust_id")
    return School.objects.filter(Q(pk__in=direct) | Q(trust_id__in=trusts)).select_related("trust").distinct()


def holders_of(school: School, role: str) -> QuerySet[User]:
    """Active users holding a role at a school (trust central team included for `trust_central`)."""
    scope = Q(role_assignments__school=school, role_assignments__role=role)
    if role == Role.TRUST_CENTRAL and school.trust_id is not None:
        scope = Q(role_assignments__trust_id=school.trust_id, role_assignments__role=role)
    return (
        User.objects.filter(scope, is_active=True).distinct().order_by("last_name", "first_name", "username")
    )


def holders_of_any(school: School, roles: Iterable[str]) -> list[User]:
    """Active users holding any of these roles at a school, each once, in the order of the roles given."""
    people: dict[int, User] = {}
    for role in roles:
        for user in holders_of(school, role):
            people.setdefault(user.pk, user)
    return list(people.values())


def people_of(school: School, kind: str | None = None) -> QuerySet[Person]:
    qs = Person.objects.filter(school=school, active=True)
    return qs.filter(kind=kind) if kind else qs


def person_for_user(user: User, school: School) -> Person | None:
    return Person.objects.filter(school=school, user=user).first()


@dataclass(frozen=True)
class PolicySummary:
    """What a school's adopted policy is, for display. `title` is empty when the pack cannot be loaded."""

    pack_id: str
    revision: int | None
    content_hash: str
    title: str
    organisation: str
    review_due: dt.date | None
    problem: str = ""

    @property
    def revision_label(self) -> str:
        if self.revision is None:
            return self.pack_id
        return f"{self.pack_id} r{self.revision}"


@functools.lru_cache(maxsize=64)
def _parse_stored_revision(content_hash: str, content: str, source: str) -> Any:
    # Stored revisions never change, so the parsed pack can be kept for the life of the process.
    from safesocial.policy import parse_pack_text

    return parse_pack_text(content, source=source)


def school_pack(school: School) -> Any:
    """The LoadedPack the school runs on: its adopted revision, else the bundled pack it was set up with.
    Raises PackError (or OSError) when it cannot be loaded; every app reads a school's policy through here."""
    from safesocial.policy import load_pack

    revision = school.policy_revision
    if revision is not None:
        source = f"{revision.pack_id} r{revision.revision}"
        return _parse_stored_revision(revision.content_hash, revision.content, source)
    return load_pack(school.policy_pack_id)


def policy_summary(school: School) -> PolicySummary:
    """The school's policy pack and adopted revision, with the pack's title when the pack loads."""
    from safesocial.policy import PackError

    revision = school.policy_revision
    try:
        loaded = school_pack(school)
    except (PackError, OSError) as exc:
        return PolicySummary(
            pack_id=school.policy_pack_id,
            revision=revision.revision if revision else None,
            content_hash=revision.content_hash if revision else "",
            title="",
            organisation="",
            review_due=None,
            problem=str(exc).splitlines()[0] if str(exc) else "cannot be loaded",
        )
    meta = loaded.pack.metadata
    # Once the school has adopted a revision, its review falls due on the date set at adoption (the pack's own
    # date, or adoption plus the review cycle when that date had passed), not the date printed in the pack.
    adoption = (
        school.policy_adoptions.filter(revision=revision).order_by("-adopted_at").first()
        if revision
        else None
    )
    return PolicySummary(
        pack_id=loaded.pack.id,
        revision=revision.revision if revision else loaded.pack.revision,
        content_hash=loaded.content_hash,
        title=meta.title,
        organisation=meta.organisation.name,
        review_due=adoption.review_due if adoption is not None else meta.review_due(),
    )


PEOPLE_IMPORTERS = frozenset({Role.HEAD_TEACHER, Role.SCHOOL_ADMIN})
PEOPLE_VIEWERS = frozenset({Role.HEAD_TEACHER, Role.DEPUTY_HEAD, Role.DSL, Role.SCHOOL_ADMIN})


def can_import_people(user: User | None, school: School) -> bool:
    """The head teacher and the school administrator keep the school's people up to date from the MIS."""
    return has_role(user, school, PEOPLE_IMPORTERS)


def can_see_people(user: User | None, school: School) -> bool:
    """Who may read the school's list of pupils, staff, parents and governors."""
    return has_role(user, school, PEOPLE_VIEWERS)


def access_people(user: User | None, school: School, kind: str | None = None) -> QuerySet[Person]:
    """The school's people as this user may see them: all of them for leaders, the DSL and the administrator;
    nobody for anyone else."""
    if not can_see_people(user, school):
        return Person.objects.none()
    return people_of(school, kind).prefetch_related("children", "carers")


def access_people_counts(user: User | None, school: School) -> dict[str, int] | None:
    """How many pupils (and of them on the no-publish list), staff, parents and governors the school has, for
    those who may see its people; None for anyone else."""
    if not can_see_people(user, school):
        return None
    return people_of(school).aggregate(
        pupils=Count("pk", filter=Q(kind=Person.Kind.PUPIL)),
        no_publish=Count("pk", filter=Q(kind=Person.Kind.PUPIL, no_publish=True)),
        staff=Count("pk", filter=Q(kind=Person.Kind.STAFF)),
        parents=Count("pk", filter=Q(kind=Person.Kind.PARENT)),
        governors=Count("pk", filter=Q(kind=Person.Kind.GOVERNOR)),
    )


def access_people_import(user: User | None, school: School, pk: int) -> PeopleImport | None:
    """An upload waiting for confirmation, if this user may import people at this school."""
    if not can_import_people(user, school):
        return None
    return PeopleImport.objects.filter(school=school, pk=pk).first()
