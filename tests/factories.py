"""Small builders for tests: schools, users holding roles, people. Plain functions, no magic."""

from __future__ import annotations

import itertools

from safesocial.schools.models import Person, RoleAssignment, School, Trust, User

PASSWORD = "correct-horse-battery-staple"
_seq = itertools.count(1)


def make_trust(name: str = "Test Learning Trust", slug: str | None = None) -> Trust:
    return Trust.objects.create(name=name, slug=slug or f"trust-{next(_seq)}")


def make_school(
    name: str = "Hillside Primary",
    *,
    pack: str = "bwmat",
    trust: Trust | None = None,
    language: str = "en",
    slug: str | None = None,
    **fields: object,
) -> School:
    return School.objects.create(
        name=name,
        slug=slug or f"school-{next(_seq)}",
        policy_pack_id=pack,
        trust=trust,
        language=language,
        **fields,
    )


def make_user(
    school: School | None = None,
    *roles: str,
    username: str | None = None,
    trust: Trust | None = None,
    first_name: str = "",
    last_name: str = "",
) -> User:
    user = User.objects.create_user(
        username or f"user{next(_seq)}",
        password=PASSWORD,
        first_name=first_name,
        last_name=last_name,
        email=f"{username or 'user'}@example.org",
    )
    for role in roles:
        if role == "trust_central":
            RoleAssignment.objects.create(
                user=user, role=role, trust=trust or (school.trust if school else None)
            )
        else:
            RoleAssignment.objects.create(user=user, role=role, school=school)
    return user


def make_person(
    school: School,
    kind: str = "pupil",
    first_name: str = "Ffion",
    last_name: str = "Hughes",
    **fields: object,
) -> Person:
    return Person.objects.create(
        school=school, kind=kind, first_name=first_name, last_name=last_name, **fields
    )
