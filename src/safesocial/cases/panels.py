"""Home-page panels: what is due next on the person's cases, and how to report something."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from safesocial.cases.models import Kind
from safesocial.cases.selectors import due_next
from safesocial.schools.models import School
from safesocial.web.panels import Panel, home_panel


@home_panel(order=20)
def cases_due(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    """Cases waiting on this person: passed deadlines first, then deadlines and meetings, then new reports."""
    items = due_next(request.user, school, audit={"via": "home"})
    if not items:
        return None
    return Panel(
        title=_("Cases: what is due next"),
        template="cases/panels/due.html",
        context={"items": items, "list_url": reverse("cases:list", args=[school.slug])},
    )


# The situations staff meet most often, in their own words, first; then every other kind of report.
SHORTCUTS = (
    (Kind.PUPIL_CONTACT, gettext_lazy("A pupil sent me a friend request or a message")),
    (Kind.CYBERBULLYING, gettext_lazy("I am being bullied or harassed online")),
    (Kind.MEDIA, gettext_lazy("A journalist has contacted me")),
    (Kind.POST, Kind.POST.label),
    (Kind.SAFEGUARDING, Kind.SAFEGUARDING.label),
)


@home_panel(order=21)
def report_something(request: HttpRequest, school: School, roles: frozenset[str]) -> Panel | None:
    """Everyone at a school can report a post, pupil contact, bullying, a media enquiry or a concern."""
    links = [
        (str(label), reverse("cases:report", args=[school.slug, kind.value])) for kind, label in SHORTCUTS
    ]
    links.append((_("Reports and cases"), reverse("cases:list", args=[school.slug])))
    return Panel(
        title=_("Report something"),
        template="web/panels/links.html",
        context={
            "intro": _("Seen something about the school online, or been contacted? Report it here."),
            "links": links,
        },
    )
