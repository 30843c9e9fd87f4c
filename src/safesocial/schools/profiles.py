"""The screener's view of a school: the profile of the screening contract, built from the database.

`screening_profile_for(school)` is what the web app, background tasks and the API hand to
`Screener.for_policy(pack, profile)`. It carries the school's names, handles and domains, its trust (and any
other body its policy speaks for), its working hours, and the school community the screener protects: pupils
(with the names they are known by, their year group and whether they are on the no-publish list), staff,
parents and carers, and governors. Nothing else about a person leaves the database this way.
"""

from __future__ import annotations

from typing import Any

from safesocial.schools.models import Person, School

# Profile role for each kind of person (the contract counts volunteers as staff).
PROFILE_ROLES = {
    Person.Kind.PUPIL: "pupil",
    Person.Kind.STAFF: "staff",
    Person.Kind.PARENT: "parent",
    Person.Kind.GOVERNOR: "governor",
    Person.Kind.VOLUNTEER: "volunteer",
}
_KIND_ORDER = list(PROFILE_ROLES)


def _unique(values: list[str], exclude: str | None = None) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        v = " ".join(str(v).split())
        key = v.casefold()
        if not v or key in seen or (exclude is not None and key == exclude.casefold()):
            continue
        seen.add(key)
        out.append(v)
    return out


def _person(p: Person) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": p.full_name, "role": PROFILE_ROLES[Person.Kind(p.kind)]}
    known_as = _unique(list(p.known_as or []), exclude=p.full_name)
    if known_as:
        entry["known_as"] = known_as
    if p.kind == Person.Kind.PUPIL:
        if p.year_group:
            entry["year_group"] = p.year_group
        entry["no_publish"] = bool(p.no_publish)
        if p.image_consent != Person.Consent.UNKNOWN:
            entry["image_consent"] = p.image_consent == Person.Consent.GIVEN
    elif p.job_title:
        entry["job"] = p.job_title
    return entry


def screening_profile_for(school: School, *, max_people: int = 20_000) -> dict[str, Any]:
    """The contract's profile for a school: school/trust/timezone/working_hours/people."""
    trust = school.trust
    affiliations = _unique(list(school.affiliations or []))
    if trust is not None:
        trust_name: str | None = trust.name
        trust_aliases = _unique([*(trust.aliases or []), *affiliations], exclude=trust.name)
    else:
        trust_name = affiliations[0] if affiliations else None
        trust_aliases = affiliations[1:]
    people = (
        Person.objects.filter(school=school, active=True)
        .only(
            "first_name",
            "last_name",
            "kind",
            "known_as",
            "year_group",
            "job_title",
            "no_publish",
            "image_consent",
        )
        .order_by("kind", "last_name", "first_name", "pk")[:max_people]
    )
    ordered = sorted(people, key=lambda p: _KIND_ORDER.index(Person.Kind(p.kind)))
    return {
        "school": {
            "name": school.name,
            "aliases": _unique(list(school.aliases or []), exclude=school.name),
            "handles": _unique(list(school.handles or [])),
            "domains": _unique([d.lower() for d in school.domains or []]),
        },
        "trust": {"name": trust_name, "aliases": trust_aliases},
        "timezone": school.timezone,
        "working_hours": {
            "days": list(school.working_days or []),
            "start": school.day_start.strftime("%H:%M"),
            "end": school.day_end.strftime("%H:%M"),
            "breaks": [list(b) for b in school.breaks or []],
        },
        "people": [_person(p) for p in ordered],
    }
