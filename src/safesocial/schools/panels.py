"""Home-page panels about the school itself: its policy, its people, and (for the trust) its schools."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from safesocial.schools.models import Role, School, Trust
from safesocial.schools.selectors import (
    ROLE_ORDER,
    access_people_counts,
    can_import_people,
    policy_summary,
    role_label,
)
from safesocial.web.panels import Panel, home_panel, trust_panel, url_or_none

# One line for each role: what SafeSocial is for, for someone holding it. The panels below hold the links.
ROLE_GUIDE = {
    Role.TRUST_CENTRAL: gettext_lazy(
        "See every school in the trust, the policy each has adopted, and cases passed to the trust."
    ),
    Role.HEAD_TEACHER: gettext_lazy(
        "Lead the school's response: see and decide cases, adopt the policy, keep people up to date."
    ),
    Role.DEPUTY_HEAD: gettext_lazy(
        "Act for the head teacher on cases and on the school's policy when asked."
    ),
    Role.DSL: gettext_lazy("Receive safeguarding concerns first and handle safeguarding cases."),
    Role.SLT: gettext_lazy("Help lead cases and the school's use of social media."),
    Role.LINE_MANAGER: gettext_lazy("Support the staff you manage when a post or message raises a concern."),
    Role.SCHOOL_ADMIN: gettext_lazy(
        "Keep the school's lists of pupils, staff, parents and governors up to date from the MIS."
    ),
    Role.ICT_MANAGER: gettext_lazy(
        "Look after the school's official social media accounts and check posts before they go out."
    ),
    Role.CHAIR_OF_GOVERNORS: gettext_lazy(
        "Oversee the policy for the governing body, and act when a concern is about the head."
    ),
    Role.GOVERNOR: gettext_lazy("Read the school's policy; it applies to governors as well as staff."),
    Role.STAFF: gettext_lazy(
        "Check a post against the policy before you share it, and report anything that worries you."
    ),
}


@home_panel(order=1)
def role_guide(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    """For each role the person holds at this school, one line on what it lets them do."""
    lines = [(role_label(role, school), str(ROLE_GUIDE[role])) for role in ROLE_ORDER if role in roles]
    if not lines:
        return None
    return Panel(
        title=_("What you can do here"), template="schools/panels/role_guide.html", context={"lines": lines}
    )


@home_panel(order=0)
def school_policy(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    """Everyone at a school can see which policy the school has adopted."""
    return Panel(
        title=_("Your school's social media policy"),
        template="schools/panels/policy.html",
        context={
            "policy": policy_summary(school),
            "policy_url": url_or_none("registers:policy", school.slug),
            "overdue": _review_overdue(school, roles),
        },
    )


@home_panel(order=10)
def school_people(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    counts = access_people_counts(request.user, school)  # type: ignore[arg-type]
    if counts is None:
        return None
    return Panel(
        title=_("People"),
        template="schools/panels/people.html",
        context={
            "counts": counts,
            "people_url": url_or_none("schools:people", school.slug),
            "import_url": url_or_none("schools:import_people", school.slug)
            if can_import_people(request.user, school)  # type: ignore[arg-type]
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


def _review_overdue(school: School, roles: frozenset[str]) -> bool:
    """Leaders and governors are told when the adopted policy is past its review date."""
    if not roles & {Role.HEAD_TEACHER, Role.DEPUTY_HEAD, Role.SLT, Role.CHAIR_OF_GOVERNORS, Role.GOVERNOR}:
        return False
    due = policy_summary(school).review_due
    return due is not None and due < timezone.localdate()
