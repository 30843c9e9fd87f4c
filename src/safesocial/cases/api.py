"""The cases JSON API (mounted at /api/, bearer-token auth, schema at /api/openapi.json).

For monitoring tools and safeguarding record systems: file reports, read cases you handle, add evidence, move
a case through its protocol, and fetch its letters. A token acts as its user, with that user's roles: the same
`access_*` selectors and services as the web pages decide what it may see and do, so a case the user may not
see is a 404 here too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.conf import settings
from django.http import FileResponse, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import File, Form, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from pydantic import Field

from safesocial.cases import downloads, services
from safesocial.cases.evidence import EvidenceRejected
from safesocial.cases.models import Case, Evidence, Letter
from safesocial.cases.policy import pack_for
from safesocial.cases.protocol import protocol_steps
from safesocial.cases.selectors import (
    ChronologyItem,
    access_case_list,
    access_school_case,
    can_see,
    chronology,
    next_action,
)
from safesocial.schools.models import User
from safesocial.schools.selectors import access_school

router = Router(tags=["cases"])

KindName = Literal["post", "pupil-contact", "cyberbullying", "media", "safeguarding"]


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and timezone.is_naive(value):
        return timezone.make_aware(value)
    return value


def _user(request: HttpRequest) -> User:
    """The token's user (TokenAuth has authenticated every request that reaches an endpoint)."""
    assert isinstance(request.user, User)
    return request.user


def _run(call: Any) -> Any:
    try:
        return call()
    except (services.CaseError, EvidenceRejected) as exc:
        raise HttpError(400, str(exc)) from None


# --- schemas ------------------------------------------------------------------------------------------------


class ReportIn(Schema):
    kind: KindName
    text: str = Field("", max_length=services.MAX_TEXT_CHARS)
    platform: str = ""
    url: str = Field("", max_length=2000)
    author_kind: Literal["parent", "pupil", "staff", "head_teacher", "governor", "public", "unknown"] = (
        "unknown"
    )
    author_name: str = Field("", max_length=200)
    subject: Literal[
        "school", "pupils", "staff", "reporter", "head_teacher", "governor", "parent", "other"
    ] = "school"
    subject_name: str = Field("", max_length=200)
    posted_at: dt.datetime | None = None
    seen_at: dt.datetime | None = None
    may_be_illegal: bool = False
    indecent_images: bool = False
    anonymous: bool = False
    details: dict[str, str] = Field(default_factory=dict)


class CaseOut(Schema):
    reference: str
    kind: str
    stage: str
    route: str
    handler_roles: list[str]
    restricted: bool
    police_prompt: bool
    indecent_images: bool
    reported_at: dt.datetime
    meeting_at: dt.datetime | None
    deadline_at: dt.datetime | None
    outcome: str
    closed_at: dt.datetime | None
    next_action: str
    policy_revision: str

    @staticmethod
    def resolve_handler_roles(case: Case) -> list[str]:
        return case.handlers

    @staticmethod
    def resolve_next_action(case: Case) -> str:
        return next_action(case) if case.is_open else ""

    @staticmethod
    def resolve_policy_revision(case: Case) -> str:
        return case.pack_revision


class FindingOut(Schema):
    category: str | None = None
    clause: str | None = None
    severity: str | None = None
    evidence: str | None = None
    explanation: str | None = None
    clause_quote: str | None = None


class ScreeningOut(Schema):
    verdict: str
    revision_label: str
    findings: list[FindingOut]
    screened_at: dt.datetime


class ReportOut(Schema):
    platform: str
    url: str
    author_kind: str
    author_name: str
    subject: str
    posted_at: dt.datetime | None
    seen_at: dt.datetime | None
    text: str
    text_sha256: str
    anonymous: bool
    public: bool


class StepOut(Schema):
    key: str
    title: str
    status: str
    pack_step: str
    clauses: list[str]

    @staticmethod
    def resolve_clauses(step: Any) -> list[str]:
        return [clause_id for clause_id, _quote in step.clauses]


class CaseDetailOut(CaseOut):
    report: ReportOut
    screenings: list[ScreeningOut]
    steps: list[StepOut]
    actions: list[str]

    @staticmethod
    def resolve_steps(case: Case) -> list[Any]:
        return _steps(case)

    @staticmethod
    def resolve_actions(case: Case) -> list[str]:
        return services.actions_for(case)


class EventOut(Schema):
    at: dt.datetime
    kind: str
    title: str
    actor: str
    data: dict[str, Any]
    text: str


class EvidenceOut(Schema):
    id: int
    label: str
    media_type: str
    size: int
    sha256: str
    received_at: dt.datetime
    source: str
    download: str

    @staticmethod
    def resolve_download(evidence: Evidence) -> str:
        case = evidence.case
        return reverse("api:case_evidence_file", args=[case.school.slug, case.reference, evidence.pk])


class LetterOut(Schema):
    id: int
    kind: str
    template_id: str
    language: str
    issued_at: dt.datetime
    docx_sha256: str
    pdf_sha256: str
    docx: str
    pdf: str

    @staticmethod
    def resolve_docx(letter: Letter) -> str:
        return _letter_url(letter, "docx")

    @staticmethod
    def resolve_pdf(letter: Letter) -> str:
        return _letter_url(letter, "pdf")


class DecisionIn(Schema):
    route: Literal["police", "internal", "disciplinary", "safeguarding"]
    reason: str = Field(min_length=1, max_length=services.MAX_TEXT_CHARS)


class PoliceIn(Schema):
    instruction: Literal["wait", "internal", "close"]
    reference: str = Field("", max_length=100)
    note: str = ""


class LetterIn(Schema):
    kind: Literal["meeting-invitation", "deletion-request"]
    signatory: str = Field(min_length=1, max_length=200)
    addressee: str = Field("", max_length=200)
    circulated_on: dt.date | None = None
    contact: str = Field("", max_length=200)
    meeting_at: dt.datetime | None = None
    deadline_at: dt.datetime | None = None
    extracts: list[str] = Field(default_factory=list)
    staff_affected: bool = False
    enclose_copy: bool = False


class MeetingIn(Schema):
    attended: bool
    held_at: dt.datetime | None = None
    witness: str = ""
    minutes: str = ""
    agreed_actions: list[str] = Field(default_factory=list)
    deadline_at: dt.datetime | None = None
    minutes_shared: bool = False


class OutcomeIn(Schema):
    removed: bool
    note: str = ""


class PlatformIn(Schema):
    terms_breached: str = Field(min_length=1)
    platform_reference: str = ""
    reported_at: dt.datetime | None = None
    account: str = ""


class HarmfulContentIn(Schema):
    reference: str = ""
    reported_at: dt.datetime | None = None
    note: str = ""


class LegalIn(Schema):
    adviser: str = ""
    advice: str = Field(min_length=1)


class NoteIn(Schema):
    text: str = Field(min_length=1, max_length=services.MAX_TEXT_CHARS)


class HandOverIn(Schema):
    role: Literal["head_teacher", "deputy_head", "dsl", "slt", "chair_of_governors"]
    reason: str = Field(min_length=1, max_length=services.MAX_TEXT_CHARS)
    step_aside: bool = False


class HandOverOut(Schema):
    reference: str
    handled_by: list[str]
    you_still_see_it: bool


class CloseIn(Schema):
    outcome: Literal[
        "removed", "resolved", "no-further-action", "police", "disciplinary", "safeguarding", "legal", "other"
    ]
    note: str = Field(min_length=1)


# --- helpers ------------------------------------------------------------------------------------------------


def _steps(case: Case) -> list[Any]:
    if not services.protocol_applies(case):
        return []
    loaded = pack_for(case.school)
    return protocol_steps(case, loaded.pack if loaded else None)


def _letter_url(letter: Letter, fmt: str) -> str:
    case = letter.case
    return reverse("api:case_letter_file", args=[case.school.slug, case.reference, letter.pk, fmt])


def _case(request: HttpRequest, school: str, reference: str, purpose: str) -> Case:
    return access_school_case(request.user, school, reference, purpose=f"api:{purpose}")


# --- endpoints ----------------------------------------------------------------------------------------------


@router.get("/schools/{school}/cases", response=list[CaseOut], summary="Cases you handle")
def list_cases(
    request: HttpRequest, school: str, status: str = "open", kind: str = "", overdue: bool = False
) -> list[Case]:
    school_obj, _roles = access_school(request.user, school)
    return access_case_list(
        request.user, school_obj, status=status, kind=kind, overdue=overdue, limit=500, audit={"via": "api"}
    )


@router.post("/schools/{school}/reports", response={201: CaseOut}, summary="File a report")
def create_report(request: HttpRequest, school: str, payload: ReportIn) -> Status[Case]:
    school_obj, _roles = access_school(request.user, school)
    data = services.ReportInput(
        **{**payload.dict(), "posted_at": _aware(payload.posted_at), "seen_at": _aware(payload.seen_at)}
    )
    case = _run(
        lambda: services.case_report(school=school_obj, reporter=_user(request), data=data, source="api")
    )
    # The reporter may not be a handler: return what they reported, no more than the web receipt shows.
    return Status(201, case)


@router.get("/schools/{school}/cases/{reference}", response=CaseDetailOut, summary="One case")
def get_case(request: HttpRequest, school: str, reference: str) -> Case:
    return _case(request, school, reference, "detail")


@router.get(
    "/schools/{school}/cases/{reference}/timeline", response=list[EventOut], summary="The case's chronology"
)
def get_timeline(request: HttpRequest, school: str, reference: str) -> list[ChronologyItem]:
    return chronology(_case(request, school, reference, "timeline"))


@router.get("/schools/{school}/cases/{reference}/steps", response=list[StepOut], summary="Protocol steps")
def get_steps(request: HttpRequest, school: str, reference: str) -> list[Any]:
    return _steps(_case(request, school, reference, "steps"))


@router.get(
    "/schools/{school}/cases/{reference}/evidence", response=list[EvidenceOut], summary="Evidence files"
)
def list_evidence(request: HttpRequest, school: str, reference: str) -> list[Evidence]:
    return list(_case(request, school, reference, "evidence").evidence.all())


@router.post(
    "/schools/{school}/cases/{reference}/evidence", response={201: list[EvidenceOut]}, summary="Add evidence"
)
def add_evidence(
    request: HttpRequest,
    school: str,
    reference: str,
    files: list[UploadedFile] = File(...),  # type: ignore[type-arg]  # noqa: B008 (django-ninja declares parameters this way)
    note: str = Form(""),  # type: ignore[type-arg]
) -> Status[list[Evidence]]:
    case = _case(request, school, reference, "evidence-add")
    limit = settings.SAFESOCIAL_EVIDENCE_MAX_BYTES
    uploads = [services.Upload(name=f.name or "evidence", data=f.read(limit + 1)) for f in files]
    rows = _run(
        lambda: services.case_add_evidence(
            actor=_user(request), case=case, uploads=uploads, note=note, source="api"
        )
    )
    return Status(201, rows)


@router.get(
    "/schools/{school}/cases/{reference}/evidence/{evidence_id}/file",
    url_name="case_evidence_file",
    summary="Download an evidence file",
)
def evidence_file(request: HttpRequest, school: str, reference: str, evidence_id: int) -> FileResponse:
    case = _case(request, school, reference, f"evidence:{evidence_id}")
    return downloads.evidence_file(case, get_object_or_404(Evidence, case=case, pk=evidence_id))


@router.get("/schools/{school}/cases/{reference}/letters", response=list[LetterOut], summary="Letters")
def list_letters(request: HttpRequest, school: str, reference: str) -> list[Letter]:
    return list(_case(request, school, reference, "letters").letters.all())


@router.post(
    "/schools/{school}/cases/{reference}/letters",
    response={201: list[LetterOut]},
    summary="Generate the protocol letter",
)
def create_letter(
    request: HttpRequest, school: str, reference: str, payload: LetterIn
) -> Status[list[Letter]]:
    case = _case(request, school, reference, "letter-create")
    data = services.LetterInput(
        contact=payload.contact,
        circulated_on=payload.circulated_on,
        signatory=payload.signatory,
        addressee=payload.addressee,
        meeting_at=_aware(payload.meeting_at),
        deadline_at=_aware(payload.deadline_at),
        extracts=payload.extracts,
        staff_affected=payload.staff_affected,
        enclose_copy=payload.enclose_copy,
    )
    if payload.kind == "meeting-invitation":
        rows = _run(lambda: services.case_invite_to_meeting(actor=_user(request), case=case, data=data))
    else:
        rows = _run(lambda: services.case_send_letter(actor=_user(request), case=case, data=data))
    return Status(201, rows)


@router.get(
    "/schools/{school}/cases/{reference}/letters/{letter_id}.{fmt}",
    url_name="case_letter_file",
    summary="Download a letter (docx or pdf)",
)
def letter_file(request: HttpRequest, school: str, reference: str, letter_id: int, fmt: str) -> FileResponse:
    if fmt not in downloads.LETTER_FORMATS:
        raise HttpError(404, "Not Found")
    case = _case(request, school, reference, f"letter:{letter_id}:{fmt}")
    return downloads.letter_file(case, get_object_or_404(Letter, case=case, pk=letter_id), fmt)


def _step(request: HttpRequest, school: str, reference: str, name: str, call: Any) -> Case:
    """One protocol step: the case, the service call for the step, and the case as it now stands."""
    case = _case(request, school, reference, name)
    _run(lambda: call(case))
    case.refresh_from_db()
    return case


@router.post(
    "/schools/{school}/cases/{reference}/decision",
    response=CaseDetailOut,
    summary="Record the decision (police or internal)",
)
def decide(request: HttpRequest, school: str, reference: str, payload: DecisionIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "decision",
        lambda c: services.case_decide(
            actor=_user(request), case=c, route=payload.route, reason=payload.reason
        ),
    )


@router.post(
    "/schools/{school}/cases/{reference}/police",
    response=CaseDetailOut,
    summary="Record what the police said",
)
def police(request: HttpRequest, school: str, reference: str, payload: PoliceIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "police",
        lambda c: services.case_police_update(
            actor=_user(request),
            case=c,
            reference=payload.reference,
            instruction=payload.instruction,
            note=payload.note,
        ),
    )


@router.post(
    "/schools/{school}/cases/{reference}/meeting", response=CaseDetailOut, summary="Record the meeting"
)
def meeting(request: HttpRequest, school: str, reference: str, payload: MeetingIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "meeting",
        lambda c: services.case_record_meeting(
            actor=_user(request),
            case=c,
            attended=payload.attended,
            held_at=_aware(payload.held_at),
            witness=payload.witness,
            minutes=payload.minutes,
            agreed_actions="\n".join(payload.agreed_actions),
            deadline_at=_aware(payload.deadline_at),
            minutes_shared=payload.minutes_shared,
        ),
    )


@router.post(
    "/schools/{school}/cases/{reference}/outcome",
    response=CaseDetailOut,
    summary="Record whether the post was removed",
)
def outcome(request: HttpRequest, school: str, reference: str, payload: OutcomeIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "outcome",
        lambda c: services.case_record_outcome(
            actor=_user(request), case=c, removed=payload.removed, note=payload.note
        ),
    )


@router.post(
    "/schools/{school}/cases/{reference}/platform-report",
    response=CaseDetailOut,
    summary="Record the report to the platform",
)
def platform_report(request: HttpRequest, school: str, reference: str, payload: PlatformIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "platform",
        lambda c: services.case_report_to_platform(
            actor=_user(request),
            case=c,
            terms_breached=payload.terms_breached,
            platform_reference=payload.platform_reference,
            reported_at=_aware(payload.reported_at),
            account=payload.account,
        ),
    )


@router.post(
    "/schools/{school}/cases/{reference}/harmful-content-report",
    response=CaseDetailOut,
    summary="Record the report to Report Harmful Content",
)
def harmful_content(request: HttpRequest, school: str, reference: str, payload: HarmfulContentIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "harmful-content",
        lambda c: services.case_report_harmful_content(
            actor=_user(request),
            case=c,
            reference=payload.reference,
            reported_at=_aware(payload.reported_at),
            note=payload.note,
        ),
    )


@router.post(
    "/schools/{school}/cases/{reference}/legal-advice", response=CaseDetailOut, summary="Record legal advice"
)
def legal(request: HttpRequest, school: str, reference: str, payload: LegalIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "legal",
        lambda c: services.case_record_legal_advice(
            actor=_user(request), case=c, adviser=payload.adviser, advice=payload.advice
        ),
    )


@router.post("/schools/{school}/cases/{reference}/notes", response=CaseDetailOut, summary="Add a note")
def note(request: HttpRequest, school: str, reference: str, payload: NoteIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "note",
        lambda c: services.case_add_note(actor=_user(request), case=c, text=payload.text),
    )


@router.post(
    "/schools/{school}/cases/{reference}/handover",
    response=HandOverOut,
    summary="Hand the case to another role (or step aside for a conflict of interest)",
)
def hand_over(request: HttpRequest, school: str, reference: str, payload: HandOverIn) -> dict[str, Any]:
    user = _user(request)
    case = _step(
        request,
        school,
        reference,
        "handover",
        lambda c: services.case_hand_over(
            actor=user, case=c, role=payload.role, reason=payload.reason, step_aside=payload.step_aside
        ),
    )
    # Only the handover's facts: the caller may no longer be someone who sees the case.
    return {"reference": case.reference, "handled_by": case.handlers, "you_still_see_it": can_see(user, case)}


@router.post("/schools/{school}/cases/{reference}/close", response=CaseDetailOut, summary="Close the case")
def close(request: HttpRequest, school: str, reference: str, payload: CloseIn) -> Case:
    return _step(
        request,
        school,
        reference,
        "close",
        lambda c: services.case_close(
            actor=_user(request), case=c, outcome=payload.outcome, note=payload.note
        ),
    )


__all__ = ["router"]
