"""Everything that changes a case. Each function checks the actor may act, makes the change, writes the case's
chronology and the audit entry in one transaction, and only then (on commit) sends e-mail or queues work.

The protocol (seed 003, Ysgol Llanbedrog's internal protocol for inappropriate posts, is the model):
evidence -> reported to the head -> the head's decision (police or internal, with the reason) -> contact the
author (Annex A meeting invitation, or Annex B letter) -> a deadline to delete, watched by the worker ->
outcome -> report to the platform -> Report Harmful Content -> legal advice, last.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from safesocial.audit.services import audit_record
from safesocial.cases import letters as letter_text
from safesocial.cases.evidence import EvidenceRejected, check_evidence, safe_label
from safesocial.cases.models import (
    AuthorKind,
    Case,
    CaseEvent,
    EventKind,
    Evidence,
    Kind,
    Letter,
    LetterKind,
    Platform,
    PublicReportBucket,
    PublishingSuspension,
    Report,
    Route,
    Screening,
    Stage,
    Subject,
    join_roles,
)
from safesocial.cases.policy import pack_for, screen_text
from safesocial.cases.routing import RouteFacts, route_case
from safesocial.cases.selectors import access_case_for_action, handlers_of, has_event
from safesocial.logs import log_failure
from safesocial.schools.models import Role, RoleAssignment, School, User
from safesocial.schools.selectors import holders_of, roles_for

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 20_000
PUBLIC_REPORTER = "public report link"  # how a report without an account appears in the chronology and audit
MAX_UPLOADS = 10
DEFAULT_DEADLINE_HOURS = 48
REMINDER_BEFORE = dt.timedelta(hours=24)


class CaseError(ValueError):
    """The action cannot be taken now; the message says why, for the person acting."""


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


@dataclass(frozen=True)
class ReportInput:
    kind: str
    text: str = ""
    platform: str = ""
    url: str = ""
    author_kind: str = AuthorKind.UNKNOWN
    author_name: str = ""
    subject: str = Subject.SCHOOL
    subject_name: str = ""
    posted_at: dt.datetime | None = None
    seen_at: dt.datetime | None = None
    details: dict[str, Any] = field(default_factory=dict)
    may_be_illegal: bool = False
    indecent_images: bool = False
    anonymous: bool = False
    reporter_name: str = ""
    reporter_contact: str = ""


# What the kind of report already says, whichever way it came in (the web form does not ask; the API may be
# sent anything): a friend request or message comes from a pupil to the reporter, a media enquiry from outside
# about the school, and a safeguarding concern is about a child.
KIND_FACTS: dict[str, dict[str, str]] = {
    Kind.PUPIL_CONTACT: {"author_kind": AuthorKind.PUPIL, "subject": Subject.REPORTER},
    Kind.MEDIA: {"author_kind": AuthorKind.PUBLIC, "subject": Subject.SCHOOL},
    Kind.SAFEGUARDING: {"subject": Subject.PUPILS},
}


def _label(actor: Any) -> str:
    if actor is None or not getattr(actor, "is_authenticated", False):
        return "system"
    return str(actor.display_name())


def _event(
    case: Case,
    kind: str,
    actor: Any,
    *,
    data: dict[str, Any] | None = None,
    text: str = "",
    audit: dict[str, Any],
    label: str = "",
) -> CaseEvent:
    """One chronology entry and its audit entry. The audit holds ids, statuses and hashes, never the text."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    event = CaseEvent.objects.create(
        case=case,
        at=timezone.now(),
        kind=kind,
        actor=user,
        actor_label=label or _label(actor),
        data=data or {},
        text=text,
    )
    details = {"reference": case.reference, "event": event.pk, **audit}
    if text:
        details["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    audit_record(
        actor=user,
        action=f"case.{kind}",
        target=case,
        school=case.school_id,
        details=details,
        actor_label=label or None,
    )
    return event


def _locked(actor: Any, case: Case, stages: Sequence[str] | None = None) -> Case:
    """Re-read the case under a row lock, check the actor may act and that the case is at a stage that allows
    the action."""
    locked = Case.objects.select_for_update(of=("self",)).select_related("school", "report").get(pk=case.pk)
    access_case_for_action(actor, locked)
    if stages is not None and locked.stage not in stages:
        raise CaseError(
            _("This cannot be done while the case is at the stage “%(stage)s”.")
            % {"stage": Stage(locked.stage).label}
        )
    return locked


def _set_stage(case: Case, stage: str, **fields: Any) -> dict[str, str]:
    change = {"from": case.stage, "to": stage}
    case.stage = stage
    for name, value in fields.items():
        setattr(case, name, value)
    case.save()
    return change


def _check_uploads(uploads: Sequence[Upload]) -> list[tuple[str, Any]]:
    if len(uploads) > MAX_UPLOADS:
        raise CaseError(_("Upload at most %(n)d files at a time.") % {"n": MAX_UPLOADS})
    checked = []
    for upload in uploads:
        label = safe_label(upload.name)
        try:
            checked.append(
                (label, check_evidence(upload.data, max_bytes=settings.SAFESOCIAL_EVIDENCE_MAX_BYTES))
            )
        except EvidenceRejected as exc:
            raise EvidenceRejected(f"{label}: {exc}") from None
    return checked


def _store_evidence(
    case: Case, checked: list[tuple[str, Any]], *, actor: Any, source: str, note: str = "", label: str = ""
) -> list[Evidence]:
    rows = []
    user = actor if getattr(actor, "is_authenticated", False) else None
    for label, item in checked:
        evidence = Evidence(
            case=case,
            token=secrets.token_hex(16),
            label=label,
            media_type=item.media_type,
            size=item.size,
            sha256=item.sha256,
            note=note[:500],
            source=source,
            received_at=timezone.now(),
            received_by=user,
        )
        evidence.file.save("evidence", ContentFile(item.data), save=False)
        evidence.save()
        rows.append(evidence)
        audit_record(
            actor=user,
            action="evidence.received",
            actor_label=label or None,
            target=evidence,
            school=case.school_id,
            details={
                "case": case.reference,
                "sha256": item.sha256,
                "size": item.size,
                "type": item.media_type,
            },
        )
    return rows


NEW_REPORT_SUBJECT = gettext_noop("New report %(ref)s at %(school)s")
NEW_REPORT_BODY = gettext_noop(
    "A new report (%(ref)s) at %(school)s needs your attention. Sign in to see it."
)
SOON_SUBJECT = gettext_noop("Case %(ref)s: deadline to delete tomorrow")
SOON_BODY = gettext_noop("The deadline for deleting the post in case %(ref)s is %(when)s.")
PASSED_SUBJECT = gettext_noop("Case %(ref)s: the deadline to delete has passed")
PASSED_BODY = gettext_noop(
    "The deadline in case %(ref)s (%(when)s) has passed. Check whether the post was deleted "
    "and record the outcome."
)


def _notify(case: Case, subject: str, body: str, *, when: dt.datetime | None = None) -> None:
    """E-mail the case's handlers after commit, each in their own language (their preference, else the
    school's). The message names the case, never what was reported. `subject` and `body` are untranslated."""
    users = [u for u in handlers_of(case) if u.email]
    if not users:
        return
    link = settings.SAFESOCIAL_SITE_URL.rstrip("/") + reverse(
        "cases:detail", args=[case.school.slug, case.reference]
    )
    school = case.school

    def send() -> None:
        for user in users:
            language = (user.preferred_language or school.language or settings.LANGUAGE_CODE)[:2]
            with translation.override(language):
                values = {"ref": case.reference, "school": school.name}
                if when is not None:
                    values["when"] = letter_text.format_moment(when, language)
                text = "\n\n".join([_(body) % values, link, _("This message was sent by SafeSocial.")])
                try:
                    send_mail(_(subject) % values, text, None, [user.email])
                except Exception:
                    log_failure(logger, "could not send the e-mail about case %s", case.pk)

    transaction.on_commit(send)


def _has_holder(school: School, role: str, conflicts: frozenset[str]) -> bool:
    """Someone holds `role` at the school without also holding a role the case must not reach."""
    blocked = RoleAssignment.objects.filter(school=school, role__in=conflicts).values("user_id")
    return holders_of(school, role).exclude(pk__in=blocked).exists()


def _post_dict(case: Case, data: ReportInput) -> dict[str, Any]:
    author = {"head_teacher": "staff", "unknown": "public"}.get(data.author_kind, data.author_kind)
    post: dict[str, Any] = {
        "id": f"case-{case.pk}",
        "text": data.text,
        "account": "personal",
        "author_role": author if author in {"staff", "parent", "pupil", "governor", "public"} else "public",
        "platform": data.platform if data.platform in Platform.values else "other",
        "audience": "public",
    }
    if data.kind == Kind.PUPIL_CONTACT:
        post.update(author_role="pupil", audience="direct", recipient_role="staff", action="friend_request")
    if data.posted_at is not None:
        post["posted_at"] = (
            timezone.localtime(data.posted_at).replace(tzinfo=None).isoformat(timespec="minutes")
        )
    return post


# --- reporting ----------------------------------------------------------------------------------------------


def case_report(
    *, school: School, reporter: User | None, data: ReportInput, uploads: Sequence[Upload] = (), source: str
) -> Case:
    """Take a report: store what was said and given as evidence, screen the text, route the case.

    `reporter` is None for a report through the public link (no account, no access afterwards).
    """
    if data.kind not in Kind.values:
        raise CaseError(_("Unknown type of report."))
    # A NUL character cannot be stored in a PostgreSQL text column and is never meaningful in a report.
    cleaned: dict[str, Any] = {k: v.replace("\x00", "") for k, v in vars(data).items() if isinstance(v, str)}
    data = dataclasses.replace(data, **{**cleaned, **KIND_FACTS.get(data.kind, {})})
    public = reporter is None
    if not public and not roles_for(reporter, school):
        from safesocial.cases.selectors import NotFound

        raise NotFound
    if len(data.text) > MAX_TEXT_CHARS:
        raise CaseError(_("The text is too long (at most %(n)d characters).") % {"n": MAX_TEXT_CHARS})
    if data.indecent_images and uploads:
        raise CaseError(
            _(
                "Do not upload, copy or forward images that may be indecent images of children. Tell the "
                "police."
            )
        )
    checked = _check_uploads(uploads)
    loaded = pack_for(school)
    pack = loaded.pack if loaded is not None else None
    now = timezone.now()
    text_sha = hashlib.sha256(data.text.encode("utf-8")).hexdigest()

    with transaction.atomic():
        School.objects.select_for_update().filter(pk=school.pk).first()  # one new number at a time per school
        last = Case.objects.filter(school=school).order_by("-number").values_list("number", flat=True).first()
        number = (last or 0) + 1
        reference = f"{timezone.localtime(now).year}-{number:04d}"
        case = Case.objects.create(
            school=school,
            number=number,
            reference=reference,
            kind=data.kind,
            handler_roles=",head_teacher,",  # replaced by routing below, once screening is known
            reporter=reporter,
            pack_id=school.policy_pack_id,
            pack_revision=loaded.revision_label if loaded is not None else school.policy_pack_id,
            reported_at=now,
        )
        Report.objects.create(
            case=case,
            platform=data.platform,
            url=data.url,
            author_kind=data.author_kind,
            author_name=data.author_name,
            subject=data.subject,
            subject_name=data.subject_name,
            posted_at=data.posted_at,
            seen_at=data.seen_at,
            text=data.text,
            text_sha256=text_sha,
            details=data.details,
            may_be_illegal=data.may_be_illegal,
            indecent_images=data.indecent_images,
            anonymous=data.anonymous,
            public=public,
            reporter_name=data.reporter_name if public else "",
            reporter_contact=data.reporter_contact if public else "",
            received_at=now,
        )
        _event(
            case,
            EventKind.REPORTED,
            reporter,
            data={"source": source, "kind": data.kind, "anonymous": data.anonymous, "public": public},
            audit={"kind": data.kind, "source": source, "text_sha256": text_sha, "files": len(checked)},
            label=PUBLIC_REPORTER if public else "",
        )
        label = PUBLIC_REPORTER if public else ""
        evidence = _store_evidence(case, checked, actor=reporter, source=source, label=label)
        if evidence:
            _event(
                case,
                EventKind.EVIDENCE,
                reporter,
                label=label,
                data={"files": [{"id": e.pk, "label": e.label, "sha256": e.sha256} for e in evidence]},
                audit={"evidence": [e.pk for e in evidence]},
            )

        screening = None
        if data.text.strip() and data.kind != Kind.SAFEGUARDING:
            result = screen_text(school, loaded, _post_dict(case, data))
            screening = Screening.objects.create(
                case=case,
                verdict=result.verdict,
                findings=result.findings,
                actions=result.actions,
                revision_label=result.revision_label,
                error=result.error,
                screened_at=timezone.now(),
            )
            _event(
                case,
                EventKind.SCREENED,
                None,
                data={"verdict": result.verdict, "findings": len(result.findings)},
                audit={
                    "verdict": result.verdict,
                    "revision": result.revision_label,
                    "categories": sorted(result.categories),
                },
            )

        facts = RouteFacts(
            kind=data.kind,
            author_kind=data.author_kind,
            subject=data.subject,
            reporter_roles=roles_for(reporter, school) if reporter else frozenset(),
            may_be_illegal=data.may_be_illegal,
            indecent_images=data.indecent_images,
            screening_categories=frozenset(
                str(f.get("category")) for f in (screening.findings if screening else [])
            ),
        )
        routing = route_case(pack, facts, lambda role, conflicts: _has_holder(school, role, conflicts))
        case.handler_roles = join_roles(routing.handler_roles)
        case.conflict_roles = join_roles(routing.conflict_roles)
        case.restricted = routing.restricted
        case.route_id = routing.route_id
        case.routing_notes = routing.notes
        case.external = routing.external
        case.police_prompt = routing.police_prompt
        case.indecent_images = routing.indecent_images
        case.save()
        _event(
            case,
            EventKind.ROUTED,
            None,
            data={"roles": routing.handler_roles, "notes": routing.notes, "external": routing.external},
            audit={
                "handlers": routing.handler_roles,
                "conflicts": routing.conflict_roles,
                "restricted": routing.restricted,
                "route": routing.route_id,
            },
        )
        _notify(case, NEW_REPORT_SUBJECT, NEW_REPORT_BODY)
    return case


def case_add_evidence(
    *, actor: User, case: Case, uploads: Sequence[Upload], note: str = "", source: str = "case"
) -> list[Evidence]:
    checked = _check_uploads(uploads)
    if not checked:
        raise CaseError(_("Choose at least one file."))
    with transaction.atomic():
        case = _locked(actor, case)
        if case.indecent_images:
            raise CaseError(
                _("This case may involve indecent images of children: no images are stored. Tell the police.")
            )
        if not case.is_open:
            raise CaseError(_("The case is closed."))
        rows = _store_evidence(case, checked, actor=actor, source=source, note=note)
        _event(
            case,
            EventKind.EVIDENCE,
            actor,
            data={"files": [{"id": e.pk, "label": e.label, "sha256": e.sha256} for e in rows]},
            text=note,
            audit={"evidence": [e.pk for e in rows]},
        )
    return rows


def case_add_note(*, actor: User, case: Case, text: str) -> CaseEvent:
    """A record of anything else: a telephone call, a conversation, advice received."""
    text = text.strip()
    if not text:
        raise CaseError(_("Write the note first."))
    with transaction.atomic():
        case = _locked(actor, case)
        return _event(case, EventKind.NOTE, actor, text=text[:MAX_TEXT_CHARS], audit={})


# --- the head's decision ------------------------------------------------------------------------------------


def protocol_applies(case: Case) -> bool:
    """Whether the case follows the inappropriate-post protocol (contact the author, letters, deadline)."""
    report = case.report
    return (
        case.kind in {Kind.POST, Kind.CYBERBULLYING}
        and report.author_kind not in {AuthorKind.STAFF, AuthorKind.HEAD_TEACHER}
        and not case.restricted
    )


def is_staff_breach(case: Case) -> bool:
    return case.kind in {Kind.POST, Kind.CYBERBULLYING} and case.report.author_kind in {
        AuthorKind.STAFF,
        AuthorKind.HEAD_TEACHER,
    }


def allowed_routes(case: Case) -> list[str]:
    if case.restricted:
        return [Route.SAFEGUARDING, Route.POLICE]
    if is_staff_breach(case):
        return [Route.DISCIPLINARY, Route.POLICE]
    return [Route.INTERNAL, Route.POLICE]


def case_decide(*, actor: User, case: Case, route: str, reason: str, author_user: User | None = None) -> Case:
    """Protocol step 3: the decision, with its reason. Police for illegal content; otherwise the school's own
    procedure (internal, disciplinary for a member of staff, or safeguarding)."""
    reason = reason.strip()
    if not reason:
        raise CaseError(_("Record the reason for the decision."))
    with transaction.atomic():
        case = _locked(actor, case, [Stage.REPORTED])
        if route not in allowed_routes(case):
            raise CaseError(_("That is not one of the routes for this case."))
        stage = {
            Route.POLICE: Stage.POLICE,
            Route.INTERNAL: Stage.INTERNAL,
            Route.DISCIPLINARY: Stage.DISCIPLINARY,
            Route.SAFEGUARDING: Stage.INTERNAL,
        }[Route(route)]
        if author_user is not None:
            if route != Route.DISCIPLINARY or not roles_for(author_user, case.school):
                raise CaseError(_("Name the member of staff only for the disciplinary route."))
            case.author_user = author_user
            case.hidden_from.add(author_user)
        change = _set_stage(case, stage, route=route)
        _event(
            case,
            EventKind.DECISION,
            actor,
            data={"route": route},
            text=reason,
            audit={**change, "route": route, "author_user": getattr(author_user, "pk", None)},
        )
    return case


def case_police_update(*, actor: User, case: Case, reference: str, instruction: str, note: str) -> Case:
    """What the police said. `instruction`: "wait" (still with them), "internal" (the school may deal with it)
    or "close" (the police are handling it; the school closes its case)."""
    if instruction not in {"wait", "internal", "close"}:
        raise CaseError(_("Choose what the police said."))
    with transaction.atomic():
        case = _locked(actor, case, [Stage.POLICE])
        change: dict[str, str] = {}
        if instruction == "internal":
            target = Stage.DISCIPLINARY if is_staff_breach(case) else Stage.INTERNAL
            change = _set_stage(case, target)
        elif instruction == "close":
            change = _set_stage(case, Stage.CLOSED, outcome="police", closed_at=timezone.now())
        _event(
            case,
            EventKind.POLICE,
            actor,
            data={"reference": reference.strip()[:100], "instruction": instruction},
            text=note.strip(),
            audit={**change, "instruction": instruction},
        )
    return case


# --- contacting the author: letters -------------------------------------------------------------------------


def deadline_hours(case: Case) -> int:
    loaded = pack_for(case.school)
    protocol = loaded.pack.processes.inappropriate_post_protocol if loaded is not None else None
    return protocol.deletion_deadline_hours if protocol is not None else DEFAULT_DEADLINE_HOURS


def letter_template_id(case: Case, purpose: str) -> str:
    loaded = pack_for(case.school)
    protocol = loaded.pack.processes.inappropriate_post_protocol if loaded is not None else None
    for letter in getattr(protocol, "letters", None) or []:
        if letter.purpose == purpose:
            return str(letter.id)
    return "annex-a" if purpose == LetterKind.MEETING_INVITATION else "annex-b"


def letter_languages(school: School) -> list[str]:
    """A Welsh school writes in Welsh and English (Welsh first); others in English."""
    loaded = pack_for(school)
    welsh = school.language == "cy" or (loaded is not None and "cy" in loaded.pack.metadata.languages)
    return ["cy", "en"] if welsh else ["en"]


def policy_circulated_default(school: School) -> dt.date | None:
    loaded = pack_for(school)
    if loaded is None:
        return None
    meta = loaded.pack.metadata
    circulated: dt.date | None = meta.last_reviewed or meta.adopted
    return circulated


@dataclass(frozen=True)
class LetterInput:
    contact: str
    circulated_on: dt.date | None
    signatory: str
    addressee: str = ""
    meeting_at: dt.datetime | None = None
    deadline_at: dt.datetime | None = None
    extracts: list[str] = field(default_factory=list)
    staff_affected: bool = False
    enclose_copy: bool = False


PLATFORM_NAMES = dict(Platform.choices)


def _platform_name(case: Case) -> str:
    report = case.report
    name = (
        str(PLATFORM_NAMES.get(report.platform, "")) if report.platform and report.platform != "other" else ""
    )
    if not name and report.url:
        from urllib.parse import urlsplit

        name = urlsplit(report.url).hostname or ""
    return name or "social media"


def _signatory_role(actor: User, case: Case) -> str:
    roles = roles_for(actor, case.school)
    for role in ("head_teacher", "deputy_head", "chair_of_governors", "dsl"):
        if role in roles and role not in case.conflicts:
            return role
    return "head_teacher"


def _issue_letters(actor: User, case: Case, kind: str, data: LetterInput) -> list[Letter]:
    report = case.report
    extracts = [
        letter_text.Extract(text=e, posted_at=report.posted_at, url=report.url)
        for e in data.extracts
        if e.strip()
    ]
    issued = timezone.now()
    rows = []
    template_id = letter_template_id(case, kind)
    for lang in letter_languages(case.school):
        facts = letter_text.LetterFacts(
            kind=kind,
            language=lang,
            school_name=case.school.name,
            reference=case.reference,
            letter_date=timezone.localtime(issued).date(),
            platform=_platform_name(case),
            about=report.subject if report.subject not in {"other", "parent"} else "",
            addressee=data.addressee,
            extracts=extracts,
            circulated_on=data.circulated_on,
            contact=data.contact,
            meeting_at=data.meeting_at,
            deadline_at=data.deadline_at,
            staff_affected=data.staff_affected,
            enclose_copy=data.enclose_copy,
            signatory=data.signatory,
            signatory_role=_signatory_role(actor, case),
        )
        content = letter_text.compose(facts)
        docx = letter_text.render_docx(content)
        pdf = letter_text.render_pdf(content)
        token = secrets.token_hex(16)
        letter = Letter(
            case=case,
            token=token,
            kind=kind,
            template_id=template_id,
            language=lang,
            facts={
                "platform": facts.platform,
                "about": facts.about,
                "addressee": facts.addressee,
                "extracts": [{"text": e.text, "posted_at": e.posted_at, "url": e.url} for e in extracts],
                "circulated_on": facts.circulated_on,
                "contact": facts.contact,
                "meeting_at": facts.meeting_at,
                "deadline_at": facts.deadline_at,
                "staff_affected": facts.staff_affected,
                "enclose_copy": facts.enclose_copy,
                "signatory": facts.signatory,
                "signatory_role": facts.signatory_role,
                "title": content.title,
            },
            docx_sha256=hashlib.sha256(docx).hexdigest(),
            pdf_sha256=hashlib.sha256(pdf).hexdigest(),
            issued_at=issued,
            issued_by=actor,
        )
        stem = f"{case.reference}-{template_id}-{lang}"
        letter.docx.save(f"{stem}.docx", ContentFile(docx), save=False)
        letter.pdf.save(f"{stem}.pdf", ContentFile(pdf), save=False)
        # Facts hold datetimes; store them as ISO strings so the JSON is portable.
        letter.facts = _jsonable(letter.facts)
        letter.save()
        rows.append(letter)
        _event(
            case,
            EventKind.LETTER,
            actor,
            data={"letter": letter.pk, "kind": kind, "language": lang, "template": template_id},
            audit={
                "letter": letter.pk,
                "kind": kind,
                "language": lang,
                "docx_sha256": letter.docx_sha256,
                "pdf_sha256": letter.pdf_sha256,
            },
        )
    return rows


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _check_extracts(case: Case, extracts: list[str]) -> list[str]:
    """Quoted extracts must be quotations: each one must appear, word for word, in the reported text."""
    reported = " ".join(case.report.text.split())
    cleaned = [" ".join(e.split()) for e in extracts if e.strip()]
    if not cleaned:
        raise CaseError(_("Quote at least one extract from the reported post."))
    for extract in cleaned:
        if extract not in reported:
            raise CaseError(
                _("“%(extract)s” is not in the reported text. Quote the post exactly as it was reported.")
                % {"extract": extract[:80]}
            )
    return cleaned


def minimum_deadline(case: Case, now: dt.datetime | None = None) -> dt.datetime:
    return letter_text.deletion_deadline(now or timezone.now(), deadline_hours(case))


def case_invite_to_meeting(*, actor: User, case: Case, data: LetterInput) -> list[Letter]:
    """Internal procedure 1: invite the author to a meeting at the school (Annex A)."""
    if data.meeting_at is None or data.meeting_at <= timezone.now():
        raise CaseError(_("Choose a meeting date and time in the future."))
    if not data.contact.strip():
        raise CaseError(_("Give the school's telephone number or e-mail address for the letter."))
    with transaction.atomic():
        case = _locked(actor, case, [Stage.INTERNAL])
        if not protocol_applies(case):
            raise CaseError(_("Letters to the author are for posts by parents, pupils or the public."))
        letters = _issue_letters(actor, case, LetterKind.MEETING_INVITATION, data)
        change = _set_stage(case, Stage.MEETING, meeting_at=data.meeting_at)
        _event(
            case,
            EventKind.MEETING_ARRANGED,
            actor,
            data={"meeting_at": data.meeting_at.isoformat(), "letters": [x.pk for x in letters]},
            audit={**change},
        )
    return letters


def case_send_letter(*, actor: User, case: Case, data: LetterInput) -> list[Letter]:
    """Internal procedure 3: the letter (Annex B) asking for deletion by a deadline, when a meeting is not
    appropriate or the author did not come. Sets the deadline the worker watches."""
    with transaction.atomic():
        case = _locked(actor, case, [Stage.INTERNAL, Stage.MEETING])
        if not protocol_applies(case):
            raise CaseError(_("Letters to the author are for posts by parents, pupils or the public."))
        extracts = _check_extracts(case, data.extracts)
        earliest = minimum_deadline(case)
        deadline = data.deadline_at or earliest
        if deadline < earliest:
            raise CaseError(
                _("The deadline must allow at least %(hours)d hours: the earliest is 6pm on %(date)s.")
                % {"hours": deadline_hours(case), "date": letter_text.format_date(earliest.date(), "en")}
            )
        data = LetterInput(**{**data.__dict__, "extracts": extracts, "deadline_at": deadline})
        letters = _issue_letters(actor, case, LetterKind.DELETION_REQUEST, data)
        _set_deadline(actor, case, deadline, source="letter")
    return letters


def _set_deadline(actor: User, case: Case, deadline: dt.datetime, *, source: str) -> None:
    change = _set_stage(case, Stage.DEADLINE, deadline_at=deadline, deadline_notices=[])
    _event(
        case,
        EventKind.DEADLINE_SET,
        actor,
        data={"deadline_at": deadline.isoformat(), "source": source},
        audit={**change, "deadline_at": deadline.isoformat()},
    )
    case_id = case.pk
    transaction.on_commit(lambda: schedule_deadline_watch(case_id, deadline))


def schedule_deadline_watch(case_id: int, deadline: dt.datetime) -> None:
    """Queue the watcher for the reminder a day before and for the deadline itself. The periodic sweep
    (`safesocial cases_sweep`) catches anything a queue lost."""
    from safesocial.cases.tasks import watch_deadline

    now = timezone.now()
    for moment in (deadline - REMINDER_BEFORE, deadline):
        try:
            runner = watch_deadline.using(run_after=moment) if moment > now else watch_deadline
            runner.enqueue(case_id)
        except Exception:
            log_failure(logger, "could not queue the deadline watcher for case %s", case_id)


def case_record_meeting(
    *,
    actor: User,
    case: Case,
    attended: bool,
    held_at: dt.datetime | None = None,
    witness: str = "",
    minutes: str = "",
    agreed_actions: str = "",
    deadline_at: dt.datetime | None = None,
    minutes_shared: bool = False,
) -> Case:
    """Internal procedure 2: the meeting. Minutes and agreed actions are recorded, with the time limit given
    for deleting the comments. If the author did not come, the next step is the letter (Annex B)."""
    with transaction.atomic():
        case = _locked(actor, case, [Stage.MEETING])
        if not attended:
            change = _set_stage(case, Stage.INTERNAL)
            _event(case, EventKind.MEETING_MISSED, actor, text=minutes.strip(), audit={**change})
            return case
        if not minutes.strip():
            raise CaseError(_("Record the minutes of the meeting."))
        if not witness.strip():
            raise CaseError(_("Name the witness who took the minutes."))
        held = held_at or timezone.now()
        _event(
            case,
            EventKind.MEETING,
            actor,
            data={
                "held_at": held.isoformat(),
                "witness": witness.strip()[:200],
                "agreed_actions": [a.strip() for a in agreed_actions.splitlines() if a.strip()][:30],
                "minutes_shared": minutes_shared,
            },
            text=minutes.strip()[:MAX_TEXT_CHARS],
            audit={"attended": True, "minutes_shared": minutes_shared},
        )
        if deadline_at is not None:
            if deadline_at <= timezone.now():
                raise CaseError(_("The deadline to delete must be in the future."))
            _set_deadline(actor, case, deadline_at, source="meeting")
        else:
            change = _set_stage(case, Stage.RESOLVED)
            _event(case, EventKind.OUTCOME, actor, data={"outcome": "resolved-at-meeting"}, audit={**change})
    return case


# --- after the deadline -------------------------------------------------------------------------------------

ESCALATION = {
    Stage.DEADLINE: Stage.PLATFORM,
    Stage.PLATFORM: Stage.HARMFUL_CONTENT,
    Stage.HARMFUL_CONTENT: Stage.LEGAL,
}


def case_record_outcome(*, actor: User, case: Case, removed: bool, note: str = "") -> Case:
    """Whether the post came down. If not, the next option: the platform, then Report Harmful Content, then
    legal advice (protocol 4 and 5)."""
    with transaction.atomic():
        case = _locked(actor, case, list(ESCALATION))
        if case.stage == Stage.PLATFORM and not has_event(case, EventKind.PLATFORM):
            raise CaseError(_("Record the report to the platform first."))
        if case.stage == Stage.HARMFUL_CONTENT and not has_event(case, EventKind.HARMFUL_CONTENT):
            raise CaseError(_("Record the report to Report Harmful Content first."))
        stage = Stage.RESOLVED if removed else ESCALATION[Stage(case.stage)]
        change = _set_stage(case, stage)
        _event(
            case,
            EventKind.OUTCOME,
            actor,
            data={"removed": removed, "at_stage": change["from"]},
            text=note.strip(),
            audit={**change, "removed": removed},
        )
    return case


def case_report_to_platform(
    *,
    actor: User,
    case: Case,
    terms_breached: str,
    platform_reference: str,
    reported_at: dt.datetime | None = None,
    account: str = "",
) -> Case:
    """Protocol 4: report to the website, with the terms of use breached and the platform's reference."""
    if not terms_breached.strip():
        raise CaseError(_("Say which of the platform's terms of use the post breaches."))
    with transaction.atomic():
        case = _locked(actor, case, [Stage.PLATFORM])
        _event(
            case,
            EventKind.PLATFORM,
            actor,
            data={
                "terms_breached": terms_breached.strip()[:2000],
                "reference": platform_reference.strip()[:200],
                "reported_at": (reported_at or timezone.now()).isoformat(),
                "account": account.strip()[:200],
            },
            audit={"has_reference": bool(platform_reference.strip())},
        )
    return case


def case_report_harmful_content(
    *, actor: User, case: Case, reference: str, reported_at: dt.datetime | None = None, note: str = ""
) -> Case:
    """Report Harmful Content (the UK Safer Internet Centre service), once the platform has had its chance."""
    with transaction.atomic():
        case = _locked(actor, case, [Stage.HARMFUL_CONTENT])
        if not has_event(case, EventKind.PLATFORM):
            raise CaseError(
                _("Report it to the platform first: Report Harmful Content needs the platform's answer.")
            )
        _event(
            case,
            EventKind.HARMFUL_CONTENT,
            actor,
            data={
                "reference": reference.strip()[:200],
                "reported_at": (reported_at or timezone.now()).isoformat(),
            },
            text=note.strip(),
            audit={"has_reference": bool(reference.strip())},
        )
    return case


def case_record_legal_advice(*, actor: User, case: Case, adviser: str, advice: str) -> Case:
    """Protocol 5, the last resort: legal advice (the member of staff, with their union; the authority's
    solicitor may give initial guidance)."""
    if not advice.strip():
        raise CaseError(_("Record the advice given."))
    with transaction.atomic():
        case = _locked(actor, case, [Stage.LEGAL])
        _event(
            case,
            EventKind.LEGAL,
            actor,
            data={"adviser": adviser.strip()[:200]},
            text=advice.strip(),
            audit={},
        )
    return case


# --- staff breaches -----------------------------------------------------------------------------------------


def case_suspend_publishing(*, actor: User, case: Case, user: User) -> PublishingSuspension:
    """While a staff breach is handled, the person may not publish on the school's official accounts."""
    with transaction.atomic():
        case = _locked(actor, case, [Stage.DISCIPLINARY])
        if not roles_for(user, case.school):
            raise CaseError(_("That person does not work at this school."))
        if PublishingSuspension.objects.filter(
            school=case.school, user=user, lifted_at__isnull=True
        ).exists():
            raise CaseError(_("Their publishing rights are already suspended."))
        suspension = PublishingSuspension.objects.create(
            school=case.school, user=user, case=case, suspended_at=timezone.now(), suspended_by=actor
        )
        if case.author_user_id is None:
            case.author_user = user
            case.save()
        case.hidden_from.add(user)
        _event(case, EventKind.PUBLISHING_SUSPENDED, actor, data={"user": user.pk}, audit={"user": user.pk})
    return suspension


def case_restore_publishing(*, actor: User, case: Case) -> None:
    with transaction.atomic():
        case = _locked(actor, case)
        rows = PublishingSuspension.objects.select_for_update().filter(case=case, lifted_at__isnull=True)
        users = list(rows.values_list("user_id", flat=True))
        if not users:
            raise CaseError(_("Nobody's publishing rights are suspended by this case."))
        rows.update(lifted_at=timezone.now(), lifted_by=actor)
        _event(case, EventKind.PUBLISHING_RESTORED, actor, data={"users": users}, audit={"users": users})


# --- closing ------------------------------------------------------------------------------------------------

OUTCOMES = {
    "removed": gettext_lazy("The post was removed"),
    "resolved": gettext_lazy("Resolved with the author"),
    "no-further-action": gettext_lazy("No further action"),
    "police": gettext_lazy("Handled by the police"),
    "disciplinary": gettext_lazy("Disciplinary procedure completed"),
    "safeguarding": gettext_lazy("Safeguarding procedure followed"),
    "legal": gettext_lazy("Legal advice taken"),
    "other": gettext_lazy("Other"),
}


def case_close(*, actor: User, case: Case, outcome: str, note: str) -> Case:
    if outcome not in OUTCOMES:
        raise CaseError(_("Choose the outcome."))
    if not note.strip():
        raise CaseError(_("Say briefly how the case ended."))
    with transaction.atomic():
        case = _locked(actor, case)
        if not case.is_open:
            raise CaseError(_("The case is already closed."))
        change = _set_stage(case, Stage.CLOSED, outcome=outcome, closed_at=timezone.now())
        _event(
            case,
            EventKind.CLOSED,
            actor,
            data={"outcome": outcome},
            text=note.strip(),
            audit={**change, "outcome": outcome},
        )
    return case


# --- handing a case over -----------------------------------------------------------------------------------

# Who a case can be handed to: people who lead on conduct, safeguarding or governance, never a class teacher.
HANDOVER_ROLES = (
    Role.HEAD_TEACHER,
    Role.DEPUTY_HEAD,
    Role.DSL,
    Role.SLT,
    Role.CHAIR_OF_GOVERNORS,
)
# A safeguarding matter stays with the DSL and the head, whoever handles it day to day.
RESTRICTED_ROLES = (Role.DSL, Role.HEAD_TEACHER)
HANDOVER_SUBJECT = gettext_noop("Case %(ref)s at %(school)s has been handed to you")
HANDOVER_BODY = gettext_noop(
    "Case %(ref)s at %(school)s has been handed over to you. Sign in to see it and what is due next."
)


def handover_roles(case: Case) -> list[str]:
    """The roles this case may be handed to: held by someone at the school, never a role the case must not
    reach, and for a safeguarding matter only the DSL or the head."""
    allowed = RESTRICTED_ROLES if case.restricted else HANDOVER_ROLES
    conflicts = frozenset(case.conflicts)
    return [
        str(role) for role in allowed if role not in conflicts and _has_holder(case.school, role, conflicts)
    ]


def case_hand_over(*, actor: User, case: Case, role: str, reason: str, step_aside: bool = False) -> Case:
    """Give the case to another role (for example the deputy when the head is away, or the chair when the
    head turns out to be involved). With `step_aside`, the actor declares a conflict of interest and will not
    see the case again, whatever roles they hold. Safeguarding matters keep the DSL among their handlers."""
    if not reason.strip():
        raise CaseError(_("Say why the case is being handed over: it is part of the record."))
    with transaction.atomic():
        case = _locked(actor, case)
        if not case.is_open:
            raise CaseError(_("The case is closed."))
        if role not in handover_roles(case):
            raise CaseError(_("Nobody at the school can take the case in that role. Choose another."))
        before = case.handlers
        after = sorted({role, Role.DSL}) if case.restricted else [role]
        case.handler_roles = join_roles(after)
        case.save(update_fields=["handler_roles", "updated_at"])
        if step_aside:
            case.hidden_from.add(actor)
        if not handlers_of(case):
            raise CaseError(_("Nobody else would be able to see the case. Choose another role."))
        _event(
            case,
            EventKind.HANDED_OVER,
            actor,
            data={"from": before, "to": after, "stepped_aside": step_aside},
            text=reason.strip(),
            audit={"from": before, "to": after, "stepped_aside": step_aside},
        )
        _notify(case, HANDOVER_SUBJECT, HANDOVER_BODY)
    return case


# --- the deadline watcher -----------------------------------------------------------------------------------


def deadline_tick(*, case_id: int, now: dt.datetime | None = None) -> list[str]:
    """Send whatever deadline notices are due for one case: a reminder a day before, and a notice when the
    deadline passes. Idempotent: each notice is sent once per deadline. Returns the notices sent."""
    now = now or timezone.now()
    sent: list[str] = []
    with transaction.atomic():
        case = Case.objects.select_for_update().select_related("school").filter(pk=case_id).first()
        if case is None or case.stage != Stage.DEADLINE or case.deadline_at is None:
            return sent
        key = case.deadline_at.isoformat()
        notices = list(case.deadline_notices or [])
        due: list[str] = []
        if now >= case.deadline_at:
            if f"passed:{key}" not in notices:
                due.append("passed")
        elif now >= case.deadline_at - REMINDER_BEFORE and f"soon:{key}" not in notices:
            due.append("soon")
        for notice in due:
            notices.append(f"{notice}:{key}")
            if notice == "soon":
                _event(case, EventKind.REMINDER, None, data={"deadline_at": key}, audit={"notice": notice})
                _notify(case, SOON_SUBJECT, SOON_BODY, when=case.deadline_at)
            else:
                _event(
                    case, EventKind.DEADLINE_PASSED, None, data={"deadline_at": key}, audit={"notice": notice}
                )
                _notify(case, PASSED_SUBJECT, PASSED_BODY, when=case.deadline_at)
            sent.append(notice)
        if due:
            case.deadline_notices = notices
            case.save(update_fields=["deadline_notices", "updated_at"])
    return sent


def deadlines_sweep(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Check every case waiting on a deadline (the worker's periodic safety net), and drop public-report rate
    buckets older than a day."""
    now = now or timezone.now()
    counts = {"cases": 0, "soon": 0, "passed": 0}
    ids = Case.objects.filter(stage=Stage.DEADLINE, deadline_at__lte=now + REMINDER_BEFORE).values_list(
        "pk", flat=True
    )
    for case_id in list(ids):
        counts["cases"] += 1
        for notice in deadline_tick(case_id=case_id, now=now):
            counts[notice] += 1
    PublicReportBucket.objects.filter(window_start__lt=now - dt.timedelta(days=1)).delete()
    return counts


# --- the public link ----------------------------------------------------------------------------------------


PUBLIC_REPORT_WINDOW = dt.timedelta(hours=1)


def public_report_allowed(*, client_address: str, now: dt.datetime | None = None) -> bool:
    """Count one public submission from this address; False once it has sent more than
    SAFESOCIAL_PUBLIC_REPORT_RATE in the last hour. The hour is a rolling one, counted in one-minute buckets
    (this minute and the 59 before it), so the count never starts again at the top of the clock hour. The
    address is kept only as a keyed hash."""
    import hmac

    from django.db import IntegrityError
    from django.db.models import F, Sum

    now = now or timezone.now()
    minute = now.replace(second=0, microsecond=0)
    key = hmac.new(settings.SECRET_KEY.encode(), client_address.encode(), hashlib.sha256).hexdigest()
    this_minute = PublicReportBucket.objects.filter(key=key, window_start=minute)
    with transaction.atomic():
        if not this_minute.update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    PublicReportBucket.objects.create(key=key, window_start=minute, count=1)
            except IntegrityError:  # another request from the address made the bucket first
                this_minute.update(count=F("count") + 1)
        recent = PublicReportBucket.objects.filter(key=key, window_start__gt=minute - PUBLIC_REPORT_WINDOW)
        count = recent.aggregate(total=Sum("count"))["total"]
    return (count or 0) <= settings.SAFESOCIAL_PUBLIC_REPORT_RATE


# --- what can be done next ----------------------------------------------------------------------------------


def actions_for(case: Case) -> list[str]:
    """The actions open to a handler at the case's current stage, in the order the page offers them."""
    stage = case.stage
    if stage == Stage.CLOSED:
        return []
    actions: list[str] = []
    if stage == Stage.REPORTED:
        actions.append("decide")
    elif stage == Stage.POLICE:
        actions.append("police")
    elif stage == Stage.INTERNAL and protocol_applies(case):
        actions += ["invite", "letter"]
    elif stage == Stage.MEETING:
        actions += ["meeting", "letter"]
    elif stage == Stage.DEADLINE:
        actions.append("outcome")
    elif stage == Stage.PLATFORM:
        actions.append("platform")
        if has_event(case, EventKind.PLATFORM):
            actions.append("outcome")
    elif stage == Stage.HARMFUL_CONTENT:
        actions.append("harmful-content")
        if has_event(case, EventKind.HARMFUL_CONTENT):
            actions.append("outcome")
    elif stage == Stage.LEGAL:
        actions.append("legal")
    elif stage == Stage.DISCIPLINARY:
        if PublishingSuspension.objects.filter(case=case, lifted_at__isnull=True).exists():
            actions.append("restore")
        else:
            actions.append("suspend")
    if (
        PublishingSuspension.objects.filter(case=case, lifted_at__isnull=True).exists()
        and "restore" not in actions
    ):
        actions.append("restore")
    if not case.indecent_images:
        actions.append("evidence")
    actions += ["note", "handover", "close"]
    return actions
