"""Forms for reports and case actions. They check input only; the services decide and record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safesocial.cases.evidence import EvidenceRejected, check_evidence, safe_label
from safesocial.cases.models import AuthorKind, Kind, Platform, Route, Subject
from safesocial.cases.services import MAX_TEXT_CHARS, MAX_UPLOADS, OUTCOMES, ReportInput, Upload
from safesocial.schools.models import User

DATETIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"]


def _datetime_field(label: Any, *, required: bool = False, help_text: Any = "") -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        required=required,
        help_text=help_text,
        input_formats=DATETIME_FORMATS,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceFilesField(forms.FileField):
    """Several files at once. Each is checked by content; the reason for refusing one is shown."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault(
            "widget",
            MultipleFileInput(attrs={"accept": "image/png,image/jpeg,image/gif,image/webp,application/pdf"}),
        )
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Upload]:
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        files = [f for f in files if f]
        if not files:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return []
        if len(files) > MAX_UPLOADS:
            raise forms.ValidationError(_("Upload at most %(n)d files at a time.") % {"n": MAX_UPLOADS})
        limit = settings.SAFESOCIAL_EVIDENCE_MAX_BYTES
        uploads: list[Upload] = []
        errors: list[str] = []
        for item in files:
            assert isinstance(item, UploadedFile)
            label = safe_label(item.name or "")
            if item.size is not None and item.size > limit:
                errors.append(
                    str(_("%(name)s: the file is larger than the %(limit)d MB limit."))
                    % {"name": label, "limit": limit // 1_048_576}
                )
                continue
            data_bytes = item.read(limit + 1)
            try:
                check_evidence(data_bytes, max_bytes=limit)
            except EvidenceRejected as exc:
                errors.append(f"{label}: {exc}")
                continue
            uploads.append(Upload(name=label, data=data_bytes))
        if errors:
            raise forms.ValidationError(errors)
        return uploads


def _no_future(value: dt.datetime | None) -> None:
    if value is not None and value > timezone.now() + dt.timedelta(minutes=5):
        raise forms.ValidationError(_("This cannot be in the future."))


# What each kind of report asks, and how it words it.
KIND_FIELDS: dict[str, list[str]] = {
    Kind.POST: [
        "platform",
        "url",
        "author_kind",
        "author_name",
        "subject",
        "subject_name",
        "posted_at",
        "seen_at",
        "text",
        "attachments",
        "may_be_illegal",
        "indecent_images",
        "anonymous",
    ],
    Kind.PUPIL_CONTACT: ["platform", "author_name", "posted_at", "text", "attachments", "declined"],
    Kind.CYBERBULLYING: [
        "platform",
        "url",
        "author_kind",
        "author_name",
        "subject",
        "subject_name",
        "posted_at",
        "seen_at",
        "text",
        "attachments",
        "may_be_illegal",
        "anonymous",
    ],
    Kind.MEDIA: [
        "author_name",
        "media_contact",
        "platform",
        "posted_at",
        "text",
        "media_deadline",
        "attachments",
    ],
    Kind.SAFEGUARDING: [
        "subject_name",
        "platform",
        "url",
        "posted_at",
        "text",
        "attachments",
        "may_be_illegal",
        "indecent_images",
    ],
}
PUBLIC_KINDS = [Kind.POST, Kind.CYBERBULLYING, Kind.SAFEGUARDING]
PUBLIC_FIELDS = ["reporter_name", "reporter_contact", "relationship"]

LABELS: dict[str, dict[str, Any]] = {
    Kind.POST: {
        "text": _("What does it say? Copy the words exactly"),
        "subject": _("Who is it about?"),
        "author_kind": _("Who posted it?"),
        "author_name": _("Their name or account name, if you know it"),
    },
    Kind.PUPIL_CONTACT: {
        "author_name": _("The pupil's name, if you know it"),
        "text": _("What happened (the request or the message)"),
        "posted_at": _("When did it happen?"),
    },
    Kind.CYBERBULLYING: {
        "subject": _("Who is being targeted?"),
        "author_kind": _("Who is doing it?"),
        "author_name": _("Their name or account name, if you know it"),
        "text": _("What was said or done? Copy the words exactly"),
    },
    Kind.MEDIA: {
        "author_name": _("The journalist's name and organisation"),
        "platform": _("How did they get in touch, or where will it appear?"),
        "posted_at": _("When did they get in touch?"),
        "text": _("What did they ask or say?"),
    },
    Kind.SAFEGUARDING: {
        "subject_name": _("The child's name, if you know it"),
        "text": _("What is your concern?"),
        "posted_at": _("When did you see it, or when did it happen?"),
    },
}
SUBJECTS: dict[str, list[Subject]] = {
    Kind.POST: [
        Subject.SCHOOL,
        Subject.PUPILS,
        Subject.STAFF,
        Subject.HEAD_TEACHER,
        Subject.GOVERNOR,
        Subject.PARENT,
        Subject.OTHER,
    ],
    Kind.CYBERBULLYING: [Subject.REPORTER, Subject.STAFF, Subject.HEAD_TEACHER],
}


class ReportForm(forms.Form):
    platform = forms.ChoiceField(
        label=_("Where was it?"), choices=[("", "—"), *Platform.choices], required=False
    )
    url = forms.URLField(
        label=_("Web address (link), if you have it"), required=False, max_length=2000, assume_scheme="https"
    )
    author_kind = forms.ChoiceField(
        label=_("Who posted it?"), choices=AuthorKind.choices, initial=AuthorKind.UNKNOWN
    )
    author_name = forms.CharField(label=_("Their name"), required=False, max_length=200)
    subject = forms.ChoiceField(label=_("Who is it about?"), choices=Subject.choices, initial=Subject.SCHOOL)
    subject_name = forms.CharField(label=_("Their name, if you want to say"), required=False, max_length=200)
    posted_at = _datetime_field(
        _("When was it posted?"), help_text=_("As shown on the post, if you can see it.")
    )
    seen_at = _datetime_field(_("When did you see it?"))
    text = forms.CharField(
        label=_("What does it say?"),
        required=False,
        max_length=MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    attachments = EvidenceFilesField(label=_("Screenshots or files"), required=False)
    may_be_illegal = forms.BooleanField(
        label=_("It includes threats of violence, hate or other content that may be illegal"), required=False
    )
    indecent_images = forms.BooleanField(
        label=_("It may include indecent images of children"),
        required=False,
        help_text=_(
            "If so: do not open, copy, screenshot, save or forward them, and do not upload anything. It goes "
            "straight to the police route."
        ),
    )
    anonymous = forms.BooleanField(label=_("Keep my name from the person who posted it"), required=False)
    declined = forms.BooleanField(label=_("I have declined the request and have not replied"), required=False)
    media_contact = forms.CharField(label=_("How to contact them"), required=False, max_length=200)
    media_deadline = forms.CharField(
        label=_("Their deadline, if they gave one"), required=False, max_length=100
    )
    reporter_name = forms.CharField(label=_("Your name (optional)"), required=False, max_length=200)
    reporter_contact = forms.CharField(
        label=_("Your telephone number or e-mail address (optional)"),
        required=False,
        max_length=200,
        help_text=_("Only if you are happy for the school to contact you about this."),
    )
    relationship = forms.ChoiceField(
        label=_("You are"),
        choices=[("parent", _("A parent or carer at the school")), ("public", _("A member of the public"))],
        initial="parent",
    )

    def __init__(self, *args: Any, kind: str, public: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.public = public
        self.fields["attachments"].help_text = _(
            "Pictures (PNG, JPEG, GIF, WebP) or PDF documents, up to %(mb)d MB each."
        ) % {"mb": settings.SAFESOCIAL_EVIDENCE_MAX_BYTES // 1_048_576}
        keep = list(KIND_FIELDS[kind]) + (PUBLIC_FIELDS if public else [])
        if public:
            keep = [f for f in keep if f != "anonymous"]  # a public reporter's name is optional anyway
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        for name, label in LABELS.get(kind, {}).items():
            if name in self.fields:
                self.fields[name].label = label
        if "subject" in self.fields and kind in SUBJECTS:
            choices = dict(Subject.choices)
            self.fields["subject"].choices = [(s.value, choices[s]) for s in SUBJECTS[kind]]  # type: ignore[attr-defined]
            self.fields["subject"].initial = SUBJECTS[kind][0].value
        if kind in {Kind.POST, Kind.PUPIL_CONTACT, Kind.CYBERBULLYING} and "platform" in self.fields:
            self.fields["platform"].required = True
        if kind in {Kind.MEDIA, Kind.SAFEGUARDING}:
            self.fields["text"].required = True
        # Fields in the order the kind lists them.
        self.order_fields(keep)

    def clean_posted_at(self) -> dt.datetime | None:
        value = self.cleaned_data.get("posted_at")
        _no_future(value)
        return value

    def clean_seen_at(self) -> dt.datetime | None:
        value = self.cleaned_data.get("seen_at")
        _no_future(value)
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("indecent_images") and data.get("attachments"):
            self.add_error(
                "attachments",
                _(
                    "Do not upload anything that may include indecent images of children. Remove the files; "
                    "the police will collect the evidence."
                ),
            )
        if (
            self.kind in {Kind.POST, Kind.CYBERBULLYING}
            and not (data.get("text") or "").strip()
            and not data.get("attachments")
            and not data.get("indecent_images")
        ):
            self.add_error("text", _("Copy the words of the post here, or upload a screenshot."))
        return data

    def to_input(self) -> ReportInput:
        # Who posted it and who it is about, where the kind already says, is set by the service.
        d = self.cleaned_data
        kind = self.kind
        author_kind = d.get("author_kind") or AuthorKind.UNKNOWN
        subject = d.get("subject") or Subject.SCHOOL
        details: dict[str, Any] = {}
        if kind == Kind.PUPIL_CONTACT:
            details["declined"] = bool(d.get("declined"))
        elif kind == Kind.MEDIA:
            details["contact"] = d.get("media_contact", "")
            details["deadline"] = d.get("media_deadline", "")
        if self.public:
            details["relationship"] = d.get("relationship", "")
        return ReportInput(
            kind=kind,
            text=(d.get("text") or "").strip(),
            platform=d.get("platform") or "",
            url=d.get("url") or "",
            author_kind=author_kind,
            author_name=(d.get("author_name") or "").strip(),
            subject=subject,
            subject_name=(d.get("subject_name") or "").strip(),
            posted_at=d.get("posted_at"),
            seen_at=d.get("seen_at"),
            details=details,
            may_be_illegal=bool(d.get("may_be_illegal")),
            indecent_images=bool(d.get("indecent_images")),
            anonymous=bool(d.get("anonymous")),
            reporter_name=(d.get("reporter_name") or "").strip(),
            reporter_contact=(d.get("reporter_contact") or "").strip(),
        )


# --- case actions -------------------------------------------------------------------------------------------


def _text(label: Any, *, required: bool = True, rows: int = 4, help_text: Any = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=MAX_TEXT_CHARS,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class StaffChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.display_name())


class DecisionForm(forms.Form):
    route = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    reason = _text(
        _("Reason for the decision"), help_text=_("Recorded in the case; it is part of the record.")
    )
    author_user = StaffChoiceField(
        label=_("The member of staff concerned (if known)"), queryset=User.objects.none(), required=False
    )

    def __init__(self, *args: Any, routes: list[str], staff: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        labels = dict(Route.choices)
        self.fields["route"].choices = [(r, labels[r]) for r in routes]  # type: ignore[attr-defined]
        if Route.DISCIPLINARY in routes and staff is not None:
            self.fields["author_user"].queryset = staff  # type: ignore[attr-defined]
        else:
            del self.fields["author_user"]


class PoliceForm(forms.Form):
    instruction = forms.ChoiceField(
        label=_("What the police said"),
        widget=forms.RadioSelect,
        choices=[
            ("wait", _("Still with the police: wait for their instructions")),
            ("internal", _("The school may deal with it under its own procedure")),
            ("close", _("The police are dealing with it: close the school's case")),
        ],
    )
    reference = forms.CharField(
        label=_("Police reference (crime or incident number)"), required=False, max_length=100
    )
    note = _text(_("Notes"), required=False)


class _LetterBase(forms.Form):
    addressee = forms.CharField(
        label=_("Addressed to"), required=False, max_length=200, help_text=_("Leave blank for “Dear Parent”.")
    )
    circulated_on = forms.DateField(
        label=_("Date the policy was circulated to parents"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )
    signatory = forms.CharField(label=_("Signed by"), max_length=200)


class MeetingInviteForm(_LetterBase):
    meeting_at = _datetime_field(_("Meeting date and time"), required=True)
    contact = forms.CharField(label=_("School telephone number or e-mail for rearranging"), max_length=200)


class DeletionLetterForm(_LetterBase):
    extracts = _text(
        _("Extracts to quote"),
        rows=5,
        help_text=_("One extract per line, copied exactly from the reported post."),
    )
    deadline_at = _datetime_field(
        _("Deadline to delete"),
        help_text=_(
            "Leave blank for the earliest the policy allows (6pm, at least 48 hours after the letter)."
        ),
    )
    staff_affected = forms.BooleanField(
        label=_("A member of staff is affected (add the paragraph about their union)"), required=False
    )
    enclose_copy = forms.BooleanField(
        label=_("Enclose a copy of the screenshot"),
        required=False,
        help_text=_("Only if it does not reveal who reported it."),
    )


class MeetingRecordForm(forms.Form):
    attended = forms.TypedChoiceField(
        label=_("Did the author attend?"),
        widget=forms.RadioSelect,
        choices=[("yes", _("Yes, the meeting took place")), ("no", _("No, they did not come"))],
        coerce=lambda v: v == "yes",
    )
    held_at = _datetime_field(_("When the meeting was held"))
    witness = forms.CharField(label=_("Witness and minute taker"), required=False, max_length=200)
    minutes = _text(_("Summary minutes"), required=False, rows=6)
    agreed_actions = _text(_("Agreed actions (one per line)"), required=False)
    deadline_at = _datetime_field(
        _("Deadline given for deleting the comments"),
        help_text=_("Leave blank if the comments are already deleted."),
    )
    minutes_shared = forms.BooleanField(
        label=_("The summary minutes were shared with the author"), required=False
    )


class OutcomeForm(forms.Form):
    removed = forms.TypedChoiceField(
        label=_("Was the post removed?"),
        widget=forms.RadioSelect,
        choices=[("yes", _("Yes, it has gone")), ("no", _("No, it is still there"))],
        coerce=lambda v: v == "yes",
    )
    note = _text(_("Notes"), required=False)


class PlatformForm(forms.Form):
    terms_breached = _text(_("Which of the platform's terms of use it breaches"))
    platform_reference = forms.CharField(
        label=_("The platform's reference for the report"), required=False, max_length=200
    )
    reported_at = _datetime_field(_("When it was reported"))
    account = forms.CharField(
        label=_("Reported from which account"),
        required=False,
        max_length=200,
        help_text=_("Use the school's own account, not a member of staff's personal account."),
    )


class HarmfulContentForm(forms.Form):
    reference = forms.CharField(label=_("Report Harmful Content reference"), required=False, max_length=200)
    reported_at = _datetime_field(_("When it was reported"))
    note = _text(_("Notes"), required=False)


class LegalForm(forms.Form):
    adviser = forms.CharField(label=_("Who gave the advice"), required=False, max_length=200)
    advice = _text(_("The advice"))


class SuspendForm(forms.Form):
    user = StaffChoiceField(label=_("Member of staff"), queryset=User.objects.none())

    def __init__(self, *args: Any, staff: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = staff  # type: ignore[attr-defined]


class RestoreForm(forms.Form):
    confirm = forms.BooleanField(label=_("Restore their publishing rights"))


class NoteForm(forms.Form):
    text = _text(
        _("Note"), help_text=_("For example a telephone call or conversation, with its date and time.")
    )


class EvidenceForm(forms.Form):
    attachments = EvidenceFilesField(label=_("Files"), required=True)
    note = forms.CharField(label=_("What these are"), required=False, max_length=500)


class HandOverForm(forms.Form):
    role = forms.ChoiceField(label=_("Who should handle it now"), widget=forms.RadioSelect)
    reason = _text(
        _("Why it is being handed over"), help_text=_("Recorded in the case; it is part of the record.")
    )
    step_aside = forms.BooleanField(
        label=_("I have a conflict of interest: I should not see this case again"),
        required=False,
        help_text=_("For example, you know the person it is about. Your earlier actions stay on the record."),
    )

    def __init__(self, *args: Any, roles: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = roles  # type: ignore[attr-defined]


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=list(OUTCOMES.items()))
    note = _text(_("How the case ended"))
