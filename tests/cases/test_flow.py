"""End-to-end through the Django client: a report becomes a case and moves through the school's protocol."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from tests.cases.conftest import (
    POST_TEXT,
    decided_internal,
    meeting_invited,
    png_bytes,
    report_post,
    signed_in,
)
from tests.cases.test_letters import pdf_text

from safesocial.audit.models import AuditEntry
from safesocial.audit.services import audit_trail, audit_verify
from safesocial.cases import services
from safesocial.cases.models import Case, CaseEvent, Evidence, Letter, Stage
from safesocial.cases.selectors import due_next, publishing_suspended

pytestmark = pytest.mark.django_db


def letters_cy_month(moment) -> str:
    from safesocial.cases.letters import MONTHS_CY

    return MONTHS_CY[moment.month - 1]


def detail_url(case: Case) -> str:
    return reverse("cases:detail", args=[case.school.slug, case.reference])


def action_url(case: Case, action: str) -> str:
    return reverse("cases:action", args=[case.school.slug, case.reference, action])


def events(case: Case) -> list[str]:
    return list(CaseEvent.objects.filter(case=case).order_by("at", "pk").values_list("kind", flat=True))


def test_when_a_teacher_reports_a_parents_post_then_it_goes_from_report_to_letter_to_deadline_to_closure(
    world, django_capture_on_commit_callbacks
):
    teacher, head = signed_in(world.user("staff")), signed_in(world.user("head_teacher"))
    posted = timezone.localtime() - dt.timedelta(hours=6)
    shot = io.BytesIO(png_bytes())
    shot.name = "IMG_0042.png"
    with django_capture_on_commit_callbacks(execute=True):
        response = teacher.post(
            reverse("cases:report", args=[world.school.slug, "post"]),
            {
                "platform": "facebook",
                "url": "https://www.facebook.com/groups/llanbedrog-parents/posts/1234",
                "author_kind": "parent",
                "author_name": "Dafydd Parry",
                "subject": "staff",
                "posted_at": posted.strftime("%Y-%m-%dT%H:%M"),
                "text": POST_TEXT,
                "attachments": [shot],
                "anonymous": "on",
            },
        )
    assert response.status_code == 302
    case = Case.objects.get(school=world.school)
    assert case.handlers == ["head_teacher"] and case.stage == Stage.REPORTED
    assert case.report.text == POST_TEXT and case.report.anonymous
    assert Evidence.objects.get(case=case).label == "IMG_0042.png"
    assert (
        len(mail.outbox) == 1 and POST_TEXT[:20] not in mail.outbox[0].body
    )  # the e-mail names, never quotes

    # The head sees it due on the home page, and on the case page the screener's findings with their clauses.
    assert [item.case for item in due_next(world.user("head_teacher"), world.school)] == [case]
    page = head.get(detail_url(case)).content.decode()
    assert "Checked against the policy" in page and "Clause 10.3" in page and "disparaging" in page

    head.post(
        action_url(case, "decide"), {"route": "internal", "reason": "Not illegal; an unpleasant comment."}
    )
    case.refresh_from_db()
    assert case.stage == Stage.INTERNAL and case.route == "internal"

    extract = "Mr Jones at Ysgol Llanbedrog is a useless teacher"
    response = head.post(
        action_url(case, "letter"),
        {
            "extracts": extract,
            "signatory": "Eleri Davies",
            "circulated_on": "2021-10-19",
            "staff_affected": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    case.refresh_from_db()
    assert case.stage == Stage.DEADLINE
    local_deadline = timezone.localtime(case.deadline_at)
    assert local_deadline.hour == 18 and case.deadline_at - timezone.now() >= dt.timedelta(hours=48)

    letters = {letter.language: letter for letter in Letter.objects.filter(case=case)}
    assert set(letters) == {"cy", "en"}  # a Welsh school writes in both languages
    day = f"{local_deadline.day} {local_deadline:%B} {local_deadline.year}"
    for fmt in ("docx", "pdf"):
        url = reverse("cases:letter", args=[world.school.slug, case.reference, letters["en"].pk, fmt])
        response = head.get(url)
        assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
        data = b"".join(response.streaming_content)
        text = (
            pdf_text(data)
            if fmt == "pdf"
            else " ".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        )
        assert extract in text and f"by 6pm on {local_deadline:%A} {day}" in " ".join(text.split())
        assert f"{posted:%A} {posted.day} {posted:%B %Y}" in " ".join(text.split())
    welsh = pdf_text(
        b"".join(
            head.get(
                reverse("cases:letter", args=[world.school.slug, case.reference, letters["cy"].pk, "pdf"])
            ).streaming_content
        )
    )
    assert "Annwyl Riant" in welsh and "erbyn 6 o’r gloch yr hwyr" in welsh

    # The worker: a reminder the day before, a notice when it passes (each once).
    with django_capture_on_commit_callbacks(execute=True):
        assert services.deadline_tick(case_id=case.pk, now=case.deadline_at - dt.timedelta(hours=2)) == [
            "soon"
        ]
        assert services.deadline_tick(case_id=case.pk, now=case.deadline_at - dt.timedelta(hours=1)) == []
        assert services.deadline_tick(case_id=case.pk, now=case.deadline_at + dt.timedelta(minutes=5)) == [
            "passed"
        ]
        assert services.deadline_tick(case_id=case.pk, now=case.deadline_at + dt.timedelta(hours=5)) == []
    # E-mails are in each handler's language: the school's (Welsh), as the head has no preference.
    assert [m.subject for m in mail.outbox[1:]] == [
        f"Achos {case.reference}: dyddiad cau ar gyfer dileu yfory",
        f"Achos {case.reference}: mae’r dyddiad cau ar gyfer dileu wedi mynd heibio",
    ]
    assert f"{local_deadline.day} {letters_cy_month(local_deadline)}" in mail.outbox[1].body
    later = case.deadline_at + dt.timedelta(hours=1)
    assert due_next(world.user("head_teacher"), world.school, now=later)[0].overdue

    head.post(
        action_url(case, "outcome"), {"removed": "yes", "note": "Checked the group: the post has gone."}
    )
    head.post(action_url(case, "close"), {"outcome": "removed", "note": "Deleted after the letter."})
    case.refresh_from_db()
    assert case.stage == Stage.CLOSED and case.outcome == "removed"
    assert events(case) == [
        "reported",
        "evidence",
        "screened",
        "routed",
        "decision",
        "letter",
        "letter",
        "deadline-set",
        "reminder",
        "deadline-passed",
        "outcome",
        "closed",
    ]
    assert audit_verify().ok
    actions = set(audit_trail(case).values_list("action", flat=True))
    assert {"case.viewed", "case.decision", "case.letter", "case.deadline-set", "case.closed"} <= actions


def test_when_the_post_stays_up_then_platform_then_report_harmful_content_then_legal_advice_last(world):
    head = world.user("head_teacher")
    case = report_post(world)
    services.case_decide(actor=head, case=case, route="internal", reason="Internal")
    data = services.LetterInput(
        contact="", circulated_on=None, signatory="E Davies", extracts=["a useless teacher"]
    )
    services.case_send_letter(actor=head, case=case, data=data)
    with pytest.raises(services.CaseError, match="platform first"):
        services.case_record_outcome(
            actor=head, case=services.case_record_outcome(actor=head, case=case, removed=False), removed=False
        )
    services.case_report_to_platform(
        actor=head, case=case, terms_breached="Bullying and harassment", platform_reference="FB-778812"
    )
    services.case_record_outcome(actor=head, case=case, removed=False)
    with pytest.raises(services.CaseError):
        services.case_record_legal_advice(actor=head, case=case, adviser="", advice="Too early")
    services.case_report_harmful_content(actor=head, case=case, reference="RHC-1234")
    services.case_record_outcome(actor=head, case=case, removed=False)
    services.case_record_legal_advice(
        actor=head, case=case, adviser="Council solicitor", advice="Union support"
    )
    case.refresh_from_db()
    assert case.stage == Stage.LEGAL
    platform = CaseEvent.objects.get(case=case, kind="platform")
    assert (
        platform.data["terms_breached"] == "Bullying and harassment"
        and platform.data["reference"] == "FB-778812"
    )
    assert events(case)[-6:] == ["outcome", "platform", "outcome", "harmful-content", "outcome", "legal"]


def test_when_the_author_comes_to_a_meeting_then_minutes_and_agreed_actions_are_recorded(world):
    head = world.user("head_teacher")
    case = report_post(world)
    services.case_decide(actor=head, case=case, route="internal", reason="Internal")
    meeting_at = timezone.now() + dt.timedelta(days=3)
    letters = services.case_invite_to_meeting(
        actor=head,
        case=case,
        data=services.LetterInput(
            contact="01758 740000",
            circulated_on=dt.date(2021, 10, 19),
            signatory="E Davies",
            meeting_at=meeting_at,
        ),
    )
    assert {letter.kind for letter in letters} == {"meeting-invitation"}
    assert "01758 740000" in pdf_text(letters[0].pdf.read())
    client = signed_in(head)
    deadline = timezone.localtime() + dt.timedelta(days=2)
    response = client.post(
        action_url(case, "meeting"),
        {
            "attended": "yes",
            "witness": "Mrs Owen (school business manager)",
            "minutes": "Explained the policy and the law. Parent agreed to delete the post.",
            "agreed_actions": "Delete the post by Friday\nUse the complaints procedure",
            "deadline_at": deadline.strftime("%Y-%m-%dT%H:%M"),
            "minutes_shared": "on",
        },
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.stage == Stage.DEADLINE
    meeting = CaseEvent.objects.get(case=case, kind="meeting")
    assert meeting.data["agreed_actions"] == ["Delete the post by Friday", "Use the complaints procedure"]
    assert "agreed to delete" in meeting.text and meeting.data["minutes_shared"]
    page = client.get(detail_url(case)).content.decode()
    assert "Use the complaints procedure" in page and "Mrs Owen" in page


def test_when_the_author_does_not_come_then_the_next_step_is_the_letter(world):
    head = world.user("head_teacher")
    case = meeting_invited(world)
    services.case_record_meeting(actor=head, case=case, attended=False)
    case.refresh_from_db()
    assert case.stage == Stage.INTERNAL and "letter" in services.actions_for(case)


def test_when_a_letter_quotes_words_that_are_not_in_the_post_then_it_is_refused(world):
    head = world.user("head_teacher")
    case = decided_internal(world)
    with pytest.raises(services.CaseError, match="not in the reported text"):
        services.case_send_letter(
            actor=head,
            case=case,
            data=services.LetterInput(
                contact="", circulated_on=None, signatory="E", extracts=["made up words"]
            ),
        )


def test_when_a_deadline_is_sooner_than_the_policy_allows_then_it_is_refused(world):
    head = world.user("head_teacher")
    case = decided_internal(world)
    with pytest.raises(services.CaseError, match="at least 48 hours"):
        services.case_send_letter(
            actor=head,
            case=case,
            data=services.LetterInput(
                contact="",
                circulated_on=None,
                signatory="E",
                extracts=["useless teacher"],
                deadline_at=timezone.now() + dt.timedelta(hours=20),
            ),
        )


def test_when_the_head_decides_without_a_reason_then_nothing_changes(world):
    case = report_post(world)
    with pytest.raises(services.CaseError, match="reason"):
        services.case_decide(actor=world.user("head_teacher"), case=case, route="internal", reason="  ")
    case.refresh_from_db()
    assert case.stage == Stage.REPORTED


def test_when_the_police_say_the_school_may_deal_with_it_then_it_returns_to_the_internal_procedure(world):
    head = world.user("head_teacher")
    case = report_post(world, may_be_illegal=True)
    assert case.police_prompt
    assert "This may be illegal" in signed_in(head).get(detail_url(case)).content.decode()
    services.case_decide(actor=head, case=case, route="police", reason="Threat of violence")
    services.case_police_update(
        actor=head, case=case, reference="NWP-2026-1", instruction="internal", note="Advised"
    )
    case.refresh_from_db()
    assert case.stage == Stage.INTERNAL


def test_when_a_member_of_staff_breaches_the_policy_then_publishing_rights_can_be_suspended(world):
    teacher = world.user("staff")
    case = report_post(world, author_kind="staff", reporter=world.user("line_manager"))
    assert case.handlers == ["slt", "head_teacher"]
    head = world.user("head_teacher")
    services.case_decide(
        actor=head, case=case, route="disciplinary", reason="Breach of 5", author_user=teacher
    )
    services.case_suspend_publishing(actor=head, case=case, user=teacher)
    assert publishing_suspended(teacher, world.school)
    assert not publishing_suspended(world.user("slt"), world.school)
    # The person concerned can never see the case, whatever role they hold.
    assert signed_in(teacher).get(detail_url(case)).status_code == 404
    services.case_restore_publishing(actor=head, case=case)
    assert not publishing_suspended(teacher, world.school)


def test_when_indecent_images_may_be_involved_then_nothing_is_uploaded_and_the_case_warns_not_to_investigate(
    world,
):
    client = signed_in(world.user("staff"))
    shot = io.BytesIO(png_bytes())
    shot.name = "photo.png"
    url = reverse("cases:report", args=[world.school.slug, "safeguarding"])
    response = client.post(
        url, {"text": "A pupil was sent pictures", "indecent_images": "on", "attachments": [shot]}
    )
    assert response.status_code == 200 and "Do not upload anything" in response.content.decode()
    assert not Case.objects.exists()
    client.post(url, {"text": "A pupil was sent pictures", "indecent_images": "on"})
    case = Case.objects.get()
    assert case.restricted and case.indecent_images and case.police_prompt
    page = signed_in(world.user("dsl")).get(detail_url(case)).content.decode()
    assert "Do not investigate the images" in page
    assert "evidence" not in services.actions_for(case)
    with pytest.raises(services.CaseError):
        services.case_add_evidence(
            actor=world.user("dsl"), case=case, uploads=[services.Upload("x.png", png_bytes())]
        )


def test_when_an_upload_is_not_a_picture_or_pdf_then_the_form_says_why_next_to_the_field(world):
    client = signed_in(world.user("staff"))
    fake = io.BytesIO(b"#!/bin/sh\necho not a picture\n")
    fake.name = "screenshot.png"
    response = client.post(
        reverse("cases:report", args=[world.school.slug, "post"]),
        {
            "platform": "facebook",
            "author_kind": "parent",
            "subject": "school",
            "text": "x",
            "attachments": [fake],
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert "screenshot.png: Only pictures (PNG, JPEG, GIF, WebP) and PDF documents can be uploaded" in page
    assert not Case.objects.exists()


def test_when_an_audit_row_is_changed_after_a_case_then_verification_names_it(world):
    case = report_post(world)
    signed_in(world.user("head_teacher")).get(detail_url(case))
    call_command("audit_verify")
    entry = AuditEntry.objects.filter(action="case.viewed").first()
    AuditEntry.objects.filter(pk=entry.pk).update(actor_label="someone else")
    report = audit_verify()
    assert not report.ok and report.first_bad_seq == entry.seq
    with pytest.raises(CommandError, match=f"entry {entry.seq}"):
        call_command("audit_verify")


def test_when_evidence_is_downloaded_then_it_is_an_unsniffed_attachment_and_the_viewing_is_audited(
    world,
):
    case = report_post(world)
    evidence = Evidence.objects.get(case=case)
    client = signed_in(world.user("head_teacher"))
    response = client.get(reverse("cases:evidence", args=[world.school.slug, case.reference, evidence.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff" and response["Content-Type"] == "image/png"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == png_bytes()
    viewed = AuditEntry.objects.filter(action="case.viewed", object_id=str(case.pk)).last()
    assert viewed.details["view"] == f"evidence:{evidence.pk}" and viewed.actor_label == "head-teacher"
    # The file is not reachable under MEDIA_URL.
    assert client.get(f"/media-not-served/{evidence.file.name}").status_code == 404


def test_when_a_pupil_contacts_the_head_then_the_report_says_so_and_the_head_does_not_handle_it(world):
    client = signed_in(world.user("head_teacher"))
    url = reverse("cases:report", args=[world.school.slug, "pupil-contact"])
    response = client.post(url, {"platform": "instagram", "text": "A friend request", "declined": "on"})
    assert response.status_code == 302
    case = Case.objects.get()
    assert (case.report.author_kind, case.report.subject) == ("pupil", "reporter")
    assert case.report.details == {"declined": True}
    assert case.conflicts == ["head_teacher"] and "head_teacher" not in case.handlers


def test_when_the_screener_fails_on_a_report_then_the_log_does_not_quote_it(world, monkeypatch, caplog):
    from safesocial import screening

    def broken(*args, **kwargs):
        raise ValueError(f"cannot read {POST_TEXT}")

    monkeypatch.setattr(screening.Screener, "for_policy", broken)
    with caplog.at_level("ERROR", logger="safesocial.cases.policy"):
        case = report_post(world)
    assert case.screenings.get().verdict == "unavailable"
    logged = caplog.text
    assert "screening failed" in logged and "ValueError" in logged
    assert "useless" not in logged
