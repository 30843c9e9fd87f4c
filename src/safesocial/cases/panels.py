"""Home-page panels: what is due next on the person's cases, and how to report something."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from safesocial.cases.models import Kind
from safesocial.cases.selectors import due_next
from safesocial.schools.models import School
from safesocial.web.panels import Panel, home_panel


@home_panel(order=20)
def cases_due(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    """Cases waiting on this person: passed deadlines first, then deadlines and meetings, then new reports."""
    items = due_next(request.user, school)
    if not items:
        return None
    return Panel(
        title=_("Cases: what is due next"),
        template="cases/panels/due.html",
        context={"items": items, "list_url": reverse("cases:list", args=[school.slug])},
    )


@home_panel(order=25)
def report_something(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    """Everyone at a school can report a post, pupil contact, bullying, a media enquiry or a concern."""
    links = [
        (str(label), reverse("cases:report", args=[school.slug, value])) for value, label in Kind.choices
    ]
    links.append((_("Cases and your reports"), reverse("cases:list", args=[school.slug])))
    return Panel(
        title=_("Report something"),
        template="web/panels/links.html",
        context={
            "intro": _("Seen something about the school online, or been contacted? Report it here."),
            "links": links,
        },
    )
