"""Case pages. Views check input and call selectors (which check access and audit viewing) and services (which
check permission and audit changes). Unauthorised access to a case is a 404."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from safesocial.audit.services import audit_trail
from safesocial.cases import downloads, services
from safesocial.cases import forms as case_forms
from safesocial.cases.evidence import EvidenceRejected
from safesocial.cases.letters import WELSH_REVIEWED, format_moment
from safesocial.cases.models import Case, Evidence, Kind, Letter, PublishingSuspension, Stage
from safesocial.cases.policy import pack_for
from safesocial.cases.protocol import escalation_view, protocol_steps, route_view
from safesocial.cases.selectors import (
    access_case_list,
    access_school_case,
    can_see,
    chronology,
    is_overdue,
    next_action,
    public_link_school,
    reports_by,
    staff_to_name,
)
from safesocial.schools.models import School, User
from safesocial.schools.selectors import access_school, role_label


def _signed_in(request: HttpRequest) -> User:
    """The signed-in user (every view that calls this is behind login_required)."""
    assert isinstance(request.user, User)
    return request.user


# --- list and report ---------------------------------------------------------------------------------------


class FilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[
            ("open", gettext_lazy("Open")),
            ("closed", gettext_lazy("Closed")),
            ("", gettext_lazy("All")),
            *Stage.choices,
        ],
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Type"), required=False, choices=[("", gettext_lazy("All")), *Kind.choices]
    )
    overdue = forms.BooleanField(label=gettext_lazy("Overdue only"), required=False)


@login_required
def case_list(request: HttpRequest, school_slug: str) -> HttpResponse:
    school, _roles = access_school(request.user, school_slug)
    form = FilterForm(request.GET or {"status": "open"})
    filters = form.cleaned_data if form.is_valid() else {"status": "open", "kind": "", "overdue": False}
    now = timezone.now()
    cases = access_case_list(
        request.user,
        school,
        now=now,
        limit=200,
        audit={"filters": {k: str(v) for k, v in filters.items()}},
        **filters,
    )
    rows = [{"case": c, "next": next_action(c), "overdue": is_overdue(c, now)} for c in cases]
    return render(
        request,
        "cases/list.html",
        {
            "school": school,
            "form": form,
            "rows": rows,
            "mine": list(reports_by(request.user, school).order_by("-reported_at")[:50]),
            "kinds": Kind.choices,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, school_slug: str, kind: str) -> HttpResponse:
    school, _roles = access_school(request.user, school_slug)
    if kind not in Kind.values:
        raise Http404
    form = case_forms.ReportForm(request.POST or None, request.FILES or None, kind=kind)
    if request.method == "POST" and form.is_valid():
        case = _file_report(form, school, _signed_in(request), source="report")
        if case is not None:
            messages.success(
                request,
                _("Thank you. Your report %(ref)s has been sent to the people who handle it.")
                % {"ref": case.reference},
            )
            return redirect("cases:list", school.slug)
    return _report_page(request, school, form, public=False, guidance=_guidance(school, kind))


def _guidance(school: School, kind: str) -> str:
    loaded = pack_for(school)
    route = escalation_view(loaded.pack if loaded else None, kind)
    return route.guidance if route else ""


def _file_report(
    form: case_forms.ReportForm, school: School, reporter: User | None, *, source: str
) -> Case | None:
    """File a checked report; None, with the reason added to the form, when the service refuses it."""
    try:
        return services.case_report(
            school=school,
            reporter=reporter,
            data=form.to_input(),
            uploads=form.cleaned_data.get("attachments") or [],
            source=source,
        )
    except (services.CaseError, EvidenceRejected) as exc:
        form.add_error(None, str(exc))
        return None


def _report_page(
    request: HttpRequest, school: School, form: case_forms.ReportForm, *, public: bool, guidance: str
) -> HttpResponse:
    context = {"school": school, "form": form, "kind": form.kind, "kind_label": Kind(form.kind).label}
    return render(request, "cases/report_form.html", {**context, "public": public, "guidance": guidance})


# --- the public link ----------------------------------------------------------------------------------------


def _client_address(request: HttpRequest) -> str:
    # REMOTE_ADDR only: a client-supplied X-Forwarded-For would let anyone escape the limit.
    return str(request.META.get("REMOTE_ADDR", "unknown"))


@require_http_methods(["GET", "POST"])
def public_report(request: HttpRequest, school_slug: str) -> HttpResponse:
    school = public_link_school(school_slug)
    kind = request.POST.get("kind") or request.GET.get("kind") or ""
    if kind not in case_forms.PUBLIC_KINDS:
        return render(
            request,
            "cases/public_start.html",
            {"school": school, "kinds": [(k, Kind(k).label) for k in case_forms.PUBLIC_KINDS]},
        )
    form = case_forms.ReportForm(request.POST or None, request.FILES or None, kind=kind, public=True)
    if request.method == "POST":
        if not services.public_report_allowed(client_address=_client_address(request)):
            return render(request, "cases/public_limited.html", {"school": school}, status=429)
        if form.is_valid() and _file_report(form, school, None, source="public") is not None:
            return redirect("report:thanks", school.slug)
    return _report_page(request, school, form, public=True, guidance="")


def public_thanks(request: HttpRequest, school_slug: str) -> HttpResponse:
    school = public_link_school(school_slug)
    return render(request, "cases/public_thanks.html", {"school": school})


# --- one case -----------------------------------------------------------------------------------------------

DETAIL_LABELS = {
    "declined": gettext_lazy("Declined and not replied"),
    "contact": gettext_lazy("How to contact them"),
    "deadline": gettext_lazy("Their deadline"),
    "relationship": gettext_lazy("The reporter is"),
}
NOTE_CODES = {
    "head-is-subject": gettext_lazy("The case is about the head teacher, so the head teacher cannot see it."),
    "head-is-author": gettext_lazy("The head teacher is the author, so the head teacher cannot see it."),
    "breach-by-head": gettext_lazy("A breach by the head teacher goes to the chair of governors."),
    "staff-breach": gettext_lazy("A possible breach by a member of staff: the disciplinary route."),
    "safeguarding": gettext_lazy("Safeguarding: only the DSL and the head teacher can see it."),
    "police-prompt": gettext_lazy("It may be illegal: the police route."),
    "indecent-images": gettext_lazy("It may involve indecent images of children: the police route."),
    "fallback": gettext_lazy("Nobody holds the role the policy names, so it went to the next senior role."),
    "no-holder": gettext_lazy("Nobody at the school holds a senior role yet."),
}


@login_required
def case_detail(request: HttpRequest, school_slug: str, reference: str) -> HttpResponse:
    case = access_school_case(request.user, school_slug, reference, purpose="detail")
    school = case.school
    loaded = pack_for(school)
    pack = loaded.pack if loaded is not None else None
    protocol = services.protocol_applies(case)
    evidence = list(Evidence.objects.filter(case=case).select_related("received_by"))
    views = audit_trail(case).filter(action="case.viewed").order_by("-seq")[:30]
    return render(
        request,
        "cases/detail.html",
        {
            "school": school,
            "case": case,
            "report": case.report,
            "report_details": [
                (DETAIL_LABELS.get(k, k), v)
                for k, v in case.report.details.items()
                if v not in ("", None, False)
            ],
            "evidence": evidence,
            "screenings": list(case.screenings.all()),
            "letters": list(Letter.objects.filter(case=case).order_by("issued_at", "language")),
            "chronology": chronology(case),
            "steps": protocol_steps(case, pack) if protocol else [],
            "route": route_view(case, pack),
            "actions": [(a, ACTIONS[a].label) for a in services.actions_for(case)],
            "next": next_action(case),
            "handlers": [role_label(r, school) for r in case.handlers],
            "notes": [NOTE_CODES[n] for n in case.routing_notes if n in NOTE_CODES],
            "suspensions": PublishingSuspension.objects.filter(case=case).select_related("user"),
            "views": views,
            "deadline_text": format_moment(case.deadline_at, "en") if case.deadline_at else "",
            "overdue": is_overdue(case, timezone.now()),
            "welsh_reviewed": WELSH_REVIEWED,
        },
    )


@login_required
def evidence_download(
    request: HttpRequest, school_slug: str, reference: str, evidence_id: int
) -> HttpResponseBase:
    case = access_school_case(request.user, school_slug, reference, purpose=f"evidence:{evidence_id}")
    evidence = Evidence.objects.filter(case=case, pk=evidence_id).first()
    if evidence is None:
        raise Http404
    return downloads.evidence_file(case, evidence)


@login_required
def letter_download(
    request: HttpRequest, school_slug: str, reference: str, letter_id: int, fmt: str
) -> HttpResponseBase:
    if fmt not in downloads.LETTER_FORMATS:
        raise Http404
    case = access_school_case(request.user, school_slug, reference, purpose=f"letter:{letter_id}:{fmt}")
    letter = Letter.objects.filter(case=case, pk=letter_id).first()
    if letter is None:
        raise Http404
    return downloads.letter_file(case, letter, fmt)


# --- actions on a case --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionSpec:
    label: Any
    form: Callable[..., forms.Form]
    run: Callable[[User, Case, dict[str, Any]], Any]
    done: Any
    intro: Any = ""


def _letter_input(d: dict[str, Any], **extra: Any) -> services.LetterInput:
    return services.LetterInput(
        contact=d.get("contact", ""),
        circulated_on=d.get("circulated_on"),
        signatory=d["signatory"],
        addressee=d.get("addressee", ""),
        **extra,
    )


ACTIONS: dict[str, ActionSpec] = {
    "decide": ActionSpec(
        gettext_lazy("Record the decision"),
        case_forms.DecisionForm,
        lambda u, c, d: services.case_decide(
            actor=u, case=c, route=d["route"], reason=d["reason"], author_user=d.get("author_user")
        ),
        gettext_lazy("Decision recorded."),
        gettext_lazy(
            "If the content is illegal (for example threats of assault or a racially motivated offence), "
            "inform the police and wait for their instructions. Otherwise deal with it under the school's "
            "own procedure. Record your reason: it is part of the record."
        ),
    ),
    "police": ActionSpec(
        gettext_lazy("Record what the police said"),
        case_forms.PoliceForm,
        lambda u, c, d: services.case_police_update(
            actor=u, case=c, reference=d["reference"], instruction=d["instruction"], note=d["note"]
        ),
        gettext_lazy("Police update recorded."),
    ),
    "invite": ActionSpec(
        gettext_lazy("Invite the author to a meeting (Annex A)"),
        case_forms.MeetingInviteForm,
        lambda u, c, d: services.case_invite_to_meeting(
            actor=u, case=c, data=_letter_input(d, meeting_at=d["meeting_at"])
        ),
        gettext_lazy("Meeting invitation created. Download it below, print and send it."),
        gettext_lazy("Records must be kept of any invitation made in person or by telephone: add a note."),
    ),
    "letter": ActionSpec(
        gettext_lazy("Send a letter asking for deletion (Annex B)"),
        case_forms.DeletionLetterForm,
        lambda u, c, d: services.case_send_letter(
            actor=u,
            case=c,
            data=_letter_input(
                d,
                deadline_at=d.get("deadline_at"),
                extracts=d["extracts"].splitlines(),
                staff_affected=d.get("staff_affected", False),
                enclose_copy=d.get("enclose_copy", False),
            ),
        ),
        gettext_lazy("Letter created and the deadline set. Send it by Recorded Delivery."),
        gettext_lazy(
            "Use a letter when a meeting is not appropriate for health and safety reasons, or when the "
            "author did not come to the meeting. Send it by Recorded Delivery."
        ),
    ),
    "meeting": ActionSpec(
        gettext_lazy("Record the meeting"),
        case_forms.MeetingRecordForm,
        lambda u, c, d: services.case_record_meeting(
            actor=u,
            case=c,
            attended=d["attended"],
            held_at=d.get("held_at"),
            witness=d.get("witness", ""),
            minutes=d.get("minutes", ""),
            agreed_actions=d.get("agreed_actions", ""),
            deadline_at=d.get("deadline_at"),
            minutes_shared=d.get("minutes_shared", False),
        ),
        gettext_lazy("Meeting recorded."),
        gettext_lazy(
            "A witness who takes minutes should attend. Explain the law, ask for the comments to be "
            "deleted within a time limit, and give a copy of the complaints procedure."
        ),
    ),
    "outcome": ActionSpec(
        gettext_lazy("Record whether the post was removed"),
        case_forms.OutcomeForm,
        lambda u, c, d: services.case_record_outcome(actor=u, case=c, removed=d["removed"], note=d["note"]),
        gettext_lazy("Outcome recorded."),
    ),
    "platform": ActionSpec(
        gettext_lazy("Record the report to the platform"),
        case_forms.PlatformForm,
        lambda u, c, d: services.case_report_to_platform(
            actor=u,
            case=c,
            terms_breached=d["terms_breached"],
            platform_reference=d["platform_reference"],
            reported_at=d.get("reported_at"),
            account=d.get("account", ""),
        ),
        gettext_lazy("Report to the platform recorded."),
        gettext_lazy(
            "You need the web address, the dates and times of the comments, and the platform's terms of "
            "use they breach. It can take a few weeks."
        ),
    ),
    "harmful-content": ActionSpec(
        gettext_lazy("Record the report to Report Harmful Content"),
        case_forms.HarmfulContentForm,
        lambda u, c, d: services.case_report_harmful_content(
            actor=u, case=c, reference=d["reference"], reported_at=d.get("reported_at"), note=d["note"]
        ),
        gettext_lazy("Report Harmful Content report recorded."),
    ),
    "legal": ActionSpec(
        gettext_lazy("Record legal advice"),
        case_forms.LegalForm,
        lambda u, c, d: services.case_record_legal_advice(
            actor=u, case=c, adviser=d["adviser"], advice=d["advice"]
        ),
        gettext_lazy("Legal advice recorded."),
        gettext_lazy(
            "The last resort. Legal action is taken by the member of staff, with their union's support, "
            "in a personal capacity; the authority's solicitor may give initial guidance."
        ),
    ),
    "suspend": ActionSpec(
        gettext_lazy("Suspend publishing on official accounts"),
        case_forms.SuspendForm,
        lambda u, c, d: services.case_suspend_publishing(actor=u, case=c, user=d["user"]),
        gettext_lazy("Publishing rights suspended."),
    ),
    "restore": ActionSpec(
        gettext_lazy("Restore publishing rights"),
        case_forms.RestoreForm,
        lambda u, c, d: services.case_restore_publishing(actor=u, case=c),
        gettext_lazy("Publishing rights restored."),
    ),
    "evidence": ActionSpec(
        gettext_lazy("Add evidence"),
        case_forms.EvidenceForm,
        lambda u, c, d: services.case_add_evidence(
            actor=u, case=c, uploads=d["attachments"], note=d.get("note", "")
        ),
        gettext_lazy("Evidence added."),
    ),
    "note": ActionSpec(
        gettext_lazy("Add a note"),
        case_forms.NoteForm,
        lambda u, c, d: services.case_add_note(actor=u, case=c, text=d["text"]),
        gettext_lazy("Note added."),
    ),
    "handover": ActionSpec(
        gettext_lazy("Hand the case over"),
        case_forms.HandOverForm,
        lambda u, c, d: services.case_hand_over(
            actor=u, case=c, role=d["role"], reason=d["reason"], step_aside=d.get("step_aside", False)
        ),
        gettext_lazy("Case handed over."),
        gettext_lazy(
            "The people in the role you choose will handle the case from now on and are told by e-mail. "
            "Unless you hold that role too, you will no longer see the case. A safeguarding matter always "
            "stays with the safeguarding lead."
        ),
    ),
    "close": ActionSpec(
        gettext_lazy("Close the case"),
        case_forms.CloseForm,
        lambda u, c, d: services.case_close(actor=u, case=c, outcome=d["outcome"], note=d["note"]),
        gettext_lazy("Case closed."),
    ),
}


def _form_for(action: str, case: Case, request: HttpRequest, user: User) -> forms.Form:
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    if action == "decide":
        return case_forms.DecisionForm(data, routes=services.allowed_routes(case), staff=staff_to_name(case))
    if action == "suspend":
        return case_forms.SuspendForm(data, staff=staff_to_name(case))
    if action == "handover":
        roles = [(r, role_label(r, case.school)) for r in services.handover_roles(case)]
        return case_forms.HandOverForm(data, roles=roles)
    initial: dict[str, Any] = {}
    if action in {"invite", "letter"}:
        initial = {
            "signatory": user.display_name(),
            "circulated_on": services.policy_circulated_default(case.school),
            "addressee": "",
        }
        if action == "letter":
            initial["extracts"] = case.report.text
            initial["enclose_copy"] = not case.report.anonymous
            initial["staff_affected"] = case.report.subject in {"staff", "head_teacher", "reporter"}
    if action == "meeting":
        initial = {"held_at": timezone.localtime().replace(second=0, microsecond=0)}
    return (
        ACTIONS[action].form(data, files, initial=initial)
        if action == "evidence"
        else ACTIONS[action].form(data, initial=initial)
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_action(request: HttpRequest, school_slug: str, reference: str, action: str) -> HttpResponse:
    spec = ACTIONS.get(action)
    if spec is None:
        raise Http404
    case = access_school_case(request.user, school_slug, reference, purpose=f"action:{action}")
    school = case.school
    if action not in services.actions_for(case):
        messages.error(request, _("That cannot be done at this stage of the case."))
        return redirect("cases:detail", school.slug, case.reference)
    user = _signed_in(request)
    form = _form_for(action, case, request, user)
    if request.method == "POST" and form.is_valid():
        try:
            spec.run(user, case, form.cleaned_data)
        except (services.CaseError, EvidenceRejected) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, str(spec.done))
            case.refresh_from_db()
            if not can_see(user, case):  # handed over: the case is no longer theirs to see
                return redirect("cases:list", school.slug)
            return redirect("cases:detail", school.slug, case.reference)
    extra: dict[str, Any] = {}
    if action == "letter":
        extra["earliest"] = format_moment(services.minimum_deadline(case), "en")
        extra["hours"] = services.deadline_hours(case)
    if action in {"letter", "invite"}:
        extra["languages"] = services.letter_languages(school)
        extra["welsh_reviewed"] = WELSH_REVIEWED
    return render(
        request,
        "cases/action.html",
        {
            "school": school,
            "case": case,
            "form": form,
            "action": action,
            "spec": spec,
            "report": case.report,
            **extra,
        },
    )
