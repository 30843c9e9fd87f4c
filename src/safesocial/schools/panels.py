"""Home-page panels about the school itself: its policy, its people, and (for the trust) its schools."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import HttpRequest
from django.utils.translation import gettext as _

from safesocial.schools.models import Person, Role, School, Trust
from safesocial.schools.selectors import PEOPLE_IMPORTERS, PEOPLE_VIEWERS, policy_summary
from safesocial.web.panels import Panel, home_panel, trust_panel, url_or_none


@home_panel(order=0)
def school_policy(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    """Everyone at a school can see which policy the school has adopted."""
    return Panel(
        title=_("Your school's social media policy"),
        template="schools/panels/policy.html",
        context={"policy": policy_summary(school)},
    )


@home_panel(order=10)
def school_people(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    if not roles & PEOPLE_VIEWERS:
        return None
    counts = Person.objects.filter(school=school, active=True).aggregate(
        pupils=Count("pk", filter=Q(kind=Person.Kind.PUPIL)),
        no_publish=Count("pk", filter=Q(kind=Person.Kind.PUPIL, no_publish=True)),
        staff=Count("pk", filter=Q(kind=Person.Kind.STAFF)),
        parents=Count("pk", filter=Q(kind=Person.Kind.PARENT)),
        governors=Count("pk", filter=Q(kind=Person.Kind.GOVERNOR)),
    )
    return Panel(
        title=_("People"),
        template="schools/panels/people.html",
        context={
            "counts": counts,
            "people_url": url_or_none("schools:people", school.slug),
            "import_url": url_or_none("schools:import_people", school.slug)
            if roles & PEOPLE_IMPORTERS
            else None,
        },
    )


@trust_panel(order=0)
def trust_schools(request: HttpRequest, trust: Trust, roles: frozenset[str]) -> Panel | None:
    if Role.TRUST_CENTRAL not in roles:
        return None
    schools = [(school, policy_summary(school)) for school in trust.schools.order_by("name")]
    return Panel(
        title=_("Schools in the trust"),
        template="schools/panels/trust_schools.html",
        context={"schools": schools},
    )
