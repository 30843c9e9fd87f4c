"""Reads about cases. Every question "may this person see or act on this case?" is answered here, once.

Rules (docs/cases.md has the table):
- A case is seen, and acted on, only by holders of its handler roles at its school (decided by routing.py
  when it was reported), never by holders of its conflict roles (the head teacher when the head is the
  subject), and never by the people it hides from (the subject or the author, when they have an account).
- A safeguarding case is routed to the DSL and the head teacher only.
- Anyone who reported something sees a receipt for it (reference, type, date, open or closed), nothing more.
- Anything else is a 404, so a case's existence is not revealed.

Functions that show a case record (`access_case`) write the audit entry for the viewing themselves, so no
view can forget to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safesocial.audit.services import audit_record
from safesocial.cases.models import Case, CaseEvent, EventKind, PublishingSuspension, Stage, split_roles
from safesocial.schools.models import School, User
from safesocial.schools.selectors import access_school, holders_of_any, roles_for

OPEN = ~Q(stage=Stage.CLOSED)


class NotFound(Http404):
    """Not there, or not yours to see: the same answer either way."""


def _visible(user: Any, roles: frozenset[str]) -> Q:
    if not roles:
        return Q(pk__in=[])
    allowed = Q()
    for role in roles:
        allowed |= Q(handler_roles__contains=f",{role},")
    blocked = Q()
    for role in roles:
        blocked |= Q(conflict_roles__contains=f",{role},")
    return allowed & ~blocked & ~Q(hidden_from=user)


def can_see(user: Any, case: Case) -> bool:
    roles = roles_for(user, case.school)
    if not roles or not roles & set(case.handlers) or roles & set(case.conflicts):
        return False
    return not case.hidden_from.filter(pk=user.pk).exists()


def access_cases(user: Any, school: School) -> QuerySet[Case]:
    """Every case at the school this user may see (without auditing: callers that show them record it)."""
    roles = roles_for(user, school)
    return (
        Case.objects.filter(school=school)
        .filter(_visible(user, roles))
        .select_related("school", "report")
        .distinct()
    )


def access_case(user: Any, school: School, reference: str, *, purpose: str = "detail") -> Case:
    """One case this user may see, 404 otherwise. Records the viewing in the audit log."""
    case = (
        Case.objects.select_related("school", "school__trust", "report", "reporter", "author_user")
        .filter(school=school, reference=reference)
        .first()
    )
    if case is None or not can_see(user, case):
        raise NotFound
    audit_record(
        actor=user,
        action="case.viewed",
        target=case,
        school=school,
        details={"view": purpose, "stage": case.stage},
    )
    return case


def access_school_case(user: Any, school_slug: str, reference: str, *, purpose: str) -> Case:
    """A case by its school's short name and its reference, for a page or an API call that shows it: 404
    unless the user holds a role at the school and may see the case. Records the viewing, for `purpose`."""
    school, _roles = access_school(user, school_slug)
    return access_case(user, school, reference, purpose=purpose)


def access_case_list(
    user: Any,
    school: School,
    *,
    status: str = "",
    kind: str = "",
    overdue: bool = False,
    now: dt.datetime | None = None,
    limit: int,
    audit: dict[str, Any],
) -> list[Case]:
    """The cases at the school this user may see, filtered, newest first, at most `limit` of them. Showing
    them is recorded in the audit log (which cases, with the caller's `audit` facts)."""
    cases = list(
        filter_cases(access_cases(user, school), status=status, kind=kind, overdue=overdue, now=now).order_by(
            "-reported_at"
        )[:limit]
    )
    if cases:
        details = {"cases": [c.pk for c in cases], **audit}
        audit_record(actor=user, action="cases.listed", school=school, details=details)
    return cases


def access_case_for_action(user: Any, case: Case) -> None:
    """Raises NotFound unless the user may act on the case (handlers act; nobody else learns it exists)."""
    if not can_see(user, case):
        raise NotFound


def filter_cases(
    qs: QuerySet[Case],
    *,
    status: str = "",
    kind: str = "",
    overdue: bool = False,
    now: dt.datetime | None = None,
) -> QuerySet[Case]:
    now = now or timezone.now()
    if status == "open":
        qs = qs.filter(OPEN)
    elif status == "closed":
        qs = qs.filter(stage=Stage.CLOSED)
    elif status in Stage.values:
        qs = qs.filter(stage=status)
    if kind:
        qs = qs.filter(kind=kind)
    if overdue:
        qs = qs.filter(overdue_q(now))
    return qs


def overdue_q(now: dt.datetime) -> Q:
    """Cases whose deadline to delete has passed (the database form of `is_overdue`)."""
    return Q(stage=Stage.DEADLINE, deadline_at__lt=now)


def is_overdue(case: Case, now: dt.datetime) -> bool:
    """Whether the case's deadline to delete has passed (the same rule as `overdue_q`)."""
    return case.stage == Stage.DEADLINE and case.deadline_at is not None and case.deadline_at < now


def staff_to_name(case: Case) -> QuerySet[User]:
    """The people who hold a role at the case's school, for naming the member of staff in a staff breach;
    never those the case is hidden from."""
    return (
        User.objects.filter(role_assignments__school=case.school, is_active=True)
        .exclude(pk__in=case.hidden_from.values("pk"))
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def public_link_school(slug: str) -> School:
    """The school a public report link names; 404 if there is none. Anyone may report to any school, so this
    needs no role: the link shows the school's name and takes a report, nothing more."""
    school = School.objects.filter(slug=slug).first()
    if school is None:
        raise NotFound
    return school


def reports_by(user: Any, school: School) -> QuerySet[Case]:
    """Receipts for what this person reported: the view shows reference, type, date and open/closed only."""
    if not getattr(user, "is_authenticated", False):
        return Case.objects.none()
    return Case.objects.filter(school=school, reporter=user).only(
        "reference", "kind", "reported_at", "stage", "school"
    )


def handlers_of(case: Case) -> list[User]:
    """The people who handle a case now: holders of its handler roles, minus anyone it must not reach."""
    hidden = set(case.hidden_from.values_list("pk", flat=True))
    blocked = {user.pk for user in holders_of_any(case.school, case.conflicts)}
    return [u for u in holders_of_any(case.school, case.handlers) if u.pk not in hidden | blocked]


def publishing_suspended(user: Any, school: School) -> bool:
    """Whether a member of staff's publishing rights on the school's official accounts are suspended."""
    if not getattr(user, "is_authenticated", False):
        return False
    return PublishingSuspension.objects.filter(school=school, user=user, lifted_at__isnull=True).exists()


# --- what is due ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    case: Case
    what: str
    when: dt.datetime | None
    overdue: bool


NEXT_ACTION = {
    Stage.REPORTED: _("Decide how to handle it: police or the school's own procedure"),
    Stage.POLICE: _("Waiting for the police: record their instructions"),
    Stage.INTERNAL: _("Contact the author, or record what was done"),
    Stage.MEETING: _("Hold the meeting and record the minutes"),
    Stage.DEADLINE: _("Check whether the post was deleted by the deadline"),
    Stage.PLATFORM: _("Report it to the platform"),
    Stage.HARMFUL_CONTENT: _("Report it to Report Harmful Content"),
    Stage.LEGAL: _("Take legal advice (last resort)"),
    Stage.DISCIPLINARY: _("Follow the disciplinary procedure and record the outcome"),
    Stage.RESOLVED: _("Close the case"),
}


def next_action(case: Case) -> str:
    return str(NEXT_ACTION.get(Stage(case.stage), ""))


def due_next(
    user: Any,
    school: School,
    *,
    now: dt.datetime | None = None,
    limit: int = 8,
    audit: dict[str, Any] | None = None,
) -> list[DueItem]:
    """Open cases waiting on this person, most urgent first: passed deadlines, then deadlines and meetings by
    date, then new reports oldest first. With `audit`, the caller shows them: which cases were shown is
    recorded, as for the case list."""
    now = now or timezone.now()
    items: list[DueItem] = []
    for case in access_cases(user, school).filter(OPEN).order_by("reported_at")[:200]:
        when: dt.datetime | None = None
        if case.stage == Stage.DEADLINE:
            when = case.deadline_at
        elif case.stage == Stage.MEETING:
            when = case.meeting_at
        overdue = when is not None and when < now and case.stage in {Stage.DEADLINE, Stage.MEETING}
        items.append(DueItem(case=case, what=next_action(case), when=when, overdue=overdue))
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    items.sort(key=lambda i: (not i.overdue, i.when or far, i.case.reported_at))
    items = items[:limit]
    if items and audit is not None:
        details = {"cases": [i.case.pk for i in items], **audit}
        audit_record(actor=user, action="cases.listed", school=school, details=details)
    return items


# --- chronology -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChronologyItem:
    at: dt.datetime
    kind: str
    title: str
    actor: str
    data: dict[str, Any]
    text: str
    detail: str = ""


def _when(value: Any) -> str:
    from safesocial.cases.letters import format_moment

    try:
        return format_moment(dt.datetime.fromisoformat(str(value)), "en")
    except ValueError:
        return ""


POLICE_SAID = {
    "wait": _("still with the police"),
    "internal": _("the school may deal with it"),
    "close": _("the police are dealing with it"),
}


def describe(kind: str, data: dict[str, Any], school: School) -> str:
    """One line saying what a chronology entry recorded."""
    from safesocial.cases.models import LetterKind, Route
    from safesocial.cases.services import OUTCOMES
    from safesocial.schools.selectors import role_label

    if kind == "reported":
        how = {"public": _("through the public link"), "api": _("through the API")}.get(
            data.get("source", ""), ""
        )
        anonymous = _("asked to stay anonymous to the person concerned") if data.get("anonymous") else ""
        return "; ".join(str(x) for x in (how, anonymous) if x)
    if kind == "routed":
        return ", ".join(role_label(r, school) for r in data.get("roles", []))
    if kind == "handed-over":
        to = ", ".join(role_label(r, school) for r in data.get("to", []))
        if data.get("stepped_aside"):
            return str(
                _("to %(roles)s; the person handing over stepped aside (conflict of interest)")
                % {"roles": to}
            )
        return str(_("to %(roles)s") % {"roles": to})
    if kind == "screened":
        return str(
            _("%(verdict)s, %(n)s finding(s)")
            % {"verdict": data.get("verdict", ""), "n": data.get("findings", 0)}
        )
    if kind == "evidence":
        return ", ".join(
            f"{f.get('label')} (SHA-256 {str(f.get('sha256'))[:12]}…)" for f in data.get("files", [])
        )
    if kind == "decision":
        return str(dict(Route.choices).get(data.get("route", ""), ""))
    if kind == "police":
        said = str(POLICE_SAID.get(data.get("instruction", ""), ""))
        return said + (f" ({_('reference')} {data['reference']})" if data.get("reference") else "")
    if kind == "letter":
        language = "Cymraeg" if data.get("language") == "cy" else "English"
        return f"{dict(LetterKind.choices).get(data.get('kind', ''), '')}, {language}"
    if kind == "meeting-arranged":
        return _when(data.get("meeting_at"))
    if kind in {"deadline-set", "reminder", "deadline-passed"} and data.get("deadline_at"):
        return _when(data.get("deadline_at"))
    if kind == "meeting" and data.get("witness"):
        return str(_("witness and minute taker: %(name)s") % {"name": data["witness"]})
    if kind == "outcome":
        if data.get("outcome") == "resolved-at-meeting":
            return str(_("resolved at the meeting"))
        return str(_("the post was removed") if data.get("removed") else _("the post is still there"))
    if kind in {"platform", "harmful-content"} and data.get("reference"):
        return str(_("reference %(ref)s") % {"ref": data["reference"]})
    if kind == "legal":
        return str(data.get("adviser", ""))
    if kind == "closed":
        return str(OUTCOMES.get(data.get("outcome", ""), ""))
    return ""


def chronology(case: Case) -> list[ChronologyItem]:
    """Everything that happened, in time order: when the post was made and seen (as reported), then every
    recorded step of the case."""
    items: list[ChronologyItem] = []
    report = getattr(case, "report", None)
    if report is not None and report.posted_at:
        items.append(ChronologyItem(report.posted_at, "posted", str(_("Posted (as reported)")), "", {}, ""))
    if report is not None and report.seen_at:
        items.append(ChronologyItem(report.seen_at, "seen", str(_("Seen by the reporter")), "", {}, ""))
    labels = dict(EventKind.choices)
    for event in CaseEvent.objects.filter(case=case).order_by("at", "pk"):
        items.append(
            ChronologyItem(
                event.at,
                event.kind,
                str(labels.get(event.kind, event.kind)),
                event.actor_label,
                event.data,
                event.text,
                describe(event.kind, event.data, case.school),
            )
        )
    items.sort(key=lambda i: i.at)
    return items


def has_event(case: Case, kind: str) -> bool:
    return CaseEvent.objects.filter(case=case, kind=kind).exists()


def roles_label(value: str) -> list[str]:
    return split_roles(value)


# --- integrity --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntegrityProblem:
    what: str  # "evidence" or "letter"
    id: int
    case: str
    reason: str


def _sha256_of(field: Any) -> str | None:
    import hashlib

    try:
        with field.open("rb") as fh:
            digest = hashlib.sha256()
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
            return digest.hexdigest()
    except (FileNotFoundError, OSError):
        return None


def stored_files_integrity() -> tuple[int, list[IntegrityProblem]]:
    """Re-hash every stored evidence file and letter and compare with the SHA-256 recorded on receipt."""
    from safesocial.cases.models import Evidence, Letter

    checked = 0
    problems: list[IntegrityProblem] = []
    for evidence in Evidence.objects.select_related("case").iterator(chunk_size=200):
        checked += 1
        got = _sha256_of(evidence.file)
        if got != evidence.sha256:
            reason = "missing" if got is None else "changed since it was received"
            problems.append(IntegrityProblem("evidence", evidence.pk, evidence.case.reference, reason))
    for letter in Letter.objects.select_related("case").iterator(chunk_size=200):
        for field, recorded in ((letter.docx, letter.docx_sha256), (letter.pdf, letter.pdf_sha256)):
            checked += 1
            got = _sha256_of(field)
            if got != recorded:
                reason = "missing" if got is None else "changed since it was issued"
                problems.append(IntegrityProblem("letter", letter.pk, letter.case.reference, reason))
    return checked, problems
