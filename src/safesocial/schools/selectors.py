"""Reads about schools, people and roles. Every permission question about a user and a school starts here."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from safesocial.schools.models import Person, Role, RoleAssignment, School, User

LEADERSHIP = frozenset({Role.HEAD_TEACHER, Role.DEPUTY_HEAD, Role.SLT})
SAFEGUARDING = frozenset({Role.DSL, Role.HEAD_TEACHER})


def roles_for(user: User | None, school: School) -> frozenset[str]:
    """The roles a user holds at a school. Trust central team members hold `trust_central` at each of the trust's
    schools. Anonymous and inactive users hold none."""
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
    return User.objects.filter(scope, is_active=True).distinct().order_by("last_name", "first_name", "username")


def people_of(school: School, kind: str | None = None) -> QuerySet[Person]:
    qs = Person.objects.filter(school=school, active=True)
    return qs.filter(kind=kind) if kind else qs


def person_for_user(user: User, school: School) -> Person | None:
    return Person.objects.filter(school=school, user=user).first()
