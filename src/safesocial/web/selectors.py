"""Reads for the pages every user sees: the home page's sections and the navigation."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.http import HttpRequest

from safesocial.schools.models import Role, School, Trust, User
from safesocial.schools.selectors import role_labels, roles_for, schools_for
from safesocial.web.panels import RenderedPanel, panels_for_school, panels_for_trust


@dataclass(frozen=True)
class HomeSection:
    """One block of the home page: a school (or trust), the user's roles there, and the panels that apply."""

    kind: str  # "school" or "trust"
    name: str
    slug: str
    roles: frozenset[str]
    role_labels: list[str]
    panels: list[RenderedPanel] = field(default_factory=list)
    school: School | None = None
    trust: Trust | None = None
    language: str = "en"

    @property
    def anchor(self) -> str:
        return f"{self.kind}-{self.slug}"


def trusts_for(user: User) -> list[Trust]:
    """Trusts where the user is on the central team."""
    if not user.is_authenticated or not user.is_active:
        return []
    return list(
        Trust.objects.filter(
            role_assignments__user=user, role_assignments__role=Role.TRUST_CENTRAL
        ).distinct()
    )


def home_sections(request: HttpRequest, user: User, schools: list[School] | None = None) -> list[HomeSection]:
    """The home page's sections for this user: their trusts first, then each school where they hold a role."""
    sections: list[HomeSection] = []
    if schools is None:
        for trust in trusts_for(user):
            roles = frozenset({Role.TRUST_CENTRAL.value})
            sections.append(
                HomeSection(
                    kind="trust",
                    name=trust.name,
                    slug=trust.slug,
                    roles=roles,
                    role_labels=role_labels(roles, None),
                    panels=panels_for_trust(request, trust, roles),
                    trust=trust,
                )
            )
        schools = list(schools_for(user))
    for school in schools:
        roles = roles_for(user, school)
        if not roles:
            continue
        sections.append(
            HomeSection(
                kind="school",
                name=school.name,
                slug=school.slug,
                roles=roles,
                role_labels=role_labels(roles, school),
                panels=panels_for_school(request, school, roles),
                school=school,
                language=school.language,
            )
        )
    return sections
