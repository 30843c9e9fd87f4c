"""Handing a case over: to another role, or stepping aside for a conflict of interest.

The head hands a case to the deputy while away, or a DSL who knows the family steps aside. Whoever no longer
handles the case stops seeing it; the new handlers are told; the chronology and the audit log say who handed
what to whom and why. Safeguarding stays with the DSL, and a case never reaches a role it must not reach.
"""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from tests.cases.conftest import report_post, signed_in

from safesocial.audit.models import AuditEntry
from safesocial.cases import services
from safesocial.cases.models import CaseEvent, EventKind
from safesocial.cases.selectors import can_see, chronology

pytestmark = pytest.mark.django_db


def test_when_the_head_hands_a_case_to_the_deputy_then_only_the_deputy_sees_it_and_is_told(
    world, django_capture_on_commit_callbacks
):
    head, deputy = world.user("head_teacher"), world.user("deputy_head")
    case = report_post(world)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.case_hand_over(actor=head, case=case, role="deputy_head", reason="I am away on a course.")
    case.refresh_from_db()
    assert case.handlers == ["deputy_head"]
    assert can_see(deputy, case) and not can_see(head, case)
    assert [m.to for m in mail.outbox] == [[deputy.email]]
    assert "useless" not in mail.outbox[0].body  # names the case, never what was reported
    event = CaseEvent.objects.get(case=case, kind=EventKind.HANDED_OVER)
    assert event.actor == head and event.text == "I am away on a course."
    assert event.data == {"from": ["head_teacher"], "to": ["deputy_head"], "stepped_aside": False}
    entry = AuditEntry.objects.filter(action="case.handed-over").get()
    assert entry.details["to"] == ["deputy_head"] and "I am away" not in str(entry.details)
    line = next(item for item in chronology(case) if item.kind == EventKind.HANDED_OVER)
    assert "Deputy head" in str(line.detail)


def test_when_the_dsl_steps_aside_from_a_safeguarding_case_then_the_dsl_role_keeps_it_but_they_cannot_see_it(
    world,
):
    dsl, head = world.user("dsl"), world.user("head_teacher")
    case = report_post(world, kind="safeguarding", text="A pupil posted that they are being hurt at home.")
    assert services.handover_roles(case) == ["dsl", "head_teacher"]
    services.case_hand_over(
        actor=dsl, case=case, role="head_teacher", reason="I know the family.", step_aside=True
    )
    case.refresh_from_db()
    assert case.handlers == ["dsl", "head_teacher"]  # safeguarding stays with the DSL role
    assert can_see(head, case) and not can_see(dsl, case)
    assert CaseEvent.objects.get(case=case, kind=EventKind.HANDED_OVER).data["stepped_aside"] is True


def test_when_a_safeguarding_case_is_offered_to_the_slt_then_it_is_refused(world):
    dsl, slt = world.user("dsl"), world.user("slt")
    case = report_post(world, kind="safeguarding", text="A pupil posted that they are being hurt at home.")
    with pytest.raises(services.CaseError, match="Nobody at the school can take the case in that role"):
        services.case_hand_over(actor=dsl, case=case, role="slt", reason="Busy.")
    case.refresh_from_db()
    assert case.handlers == ["dsl", "head_teacher"] and not can_see(slt, case)


def test_when_a_case_is_about_the_head_then_it_cannot_be_handed_to_the_head(world):
    deputy, head = world.user("deputy_head"), world.user("head_teacher")
    case = report_post(world, subject="head_teacher", text="The head teacher Mrs Davies is a liar.")
    assert "head_teacher" not in services.handover_roles(case)
    assert "chair_of_governors" in services.handover_roles(case)
    with pytest.raises(services.CaseError):
        services.case_hand_over(actor=deputy, case=case, role="head_teacher", reason="Back from leave.")
    services.case_hand_over(actor=deputy, case=case, role="chair_of_governors", reason="I am involved.")
    case.refresh_from_db()
    assert can_see(world.user("chair_of_governors"), case) and not can_see(head, case)


def test_when_stepping_aside_would_leave_nobody_to_see_the_case_then_nothing_changes(world):
    head = world.user("head_teacher")
    case = report_post(world)
    # The head is the only head teacher: handing to their own role and stepping aside leaves nobody.
    with pytest.raises(services.CaseError, match="Nobody else would be able to see the case"):
        services.case_hand_over(
            actor=head, case=case, role="head_teacher", reason="Conflict.", step_aside=True
        )
    case.refresh_from_db()
    assert can_see(head, case) and not case.hidden_from.exists()
    assert not CaseEvent.objects.filter(case=case, kind=EventKind.HANDED_OVER).exists()


def test_when_no_reason_is_given_or_the_case_is_closed_then_it_is_not_handed_over(world):
    head = world.user("head_teacher")
    case = report_post(world)
    with pytest.raises(services.CaseError, match="Say why"):
        services.case_hand_over(actor=head, case=case, role="deputy_head", reason="  ")
    services.case_close(actor=head, case=case, outcome="no-further-action", note="Nothing to do.")
    with pytest.raises(services.CaseError, match="closed"):
        services.case_hand_over(actor=head, case=case, role="deputy_head", reason="Away.")


def test_when_the_head_hands_over_on_the_page_then_they_land_on_the_list_and_the_case_is_gone_for_them(world):
    head, staff = world.user("head_teacher"), world.user("staff")
    case = report_post(world)
    s = world.school.slug
    url = reverse("cases:action", args=[s, case.reference, "handover"])
    client = signed_in(head)
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "Deputy head" in body and "Chair of governors" in body and 'value="staff"' not in body
    response = client.post(url, {"role": "deputy_head", "reason": "On a course all week."})
    assert response.status_code == 302 and response.url == reverse("cases:list", args=[s])
    assert client.get(reverse("cases:detail", args=[s, case.reference])).status_code == 404
    assert (
        signed_in(world.user("deputy_head"))
        .get(reverse("cases:detail", args=[s, case.reference]))
        .status_code
        == 200
    )
    # Someone who does not handle the case cannot hand it over, or learn that it exists.
    assert signed_in(staff).post(url, {"role": "staff", "reason": "Mine now."}).status_code == 404


def test_when_a_case_is_handed_over_by_api_then_the_answer_carries_only_the_handover(world):
    from tests.cases.test_api import Api

    head, deputy = world.user("head_teacher"), world.user("deputy_head")
    case = report_post(world)
    s = world.school.slug
    url = f"/schools/{s}/cases/{case.reference}/handover"
    refused = Api(head).post(url, {"role": "staff", "reason": "Mine now."})
    assert refused.status_code == 422  # not a role a case can be handed to
    done = Api(head).post(url, {"role": "deputy_head", "reason": "On a course."})
    assert done.status_code == 200
    assert done.json() == {
        "reference": case.reference,
        "handled_by": ["deputy_head"],
        "you_still_see_it": False,
    }
    assert Api(head).get(f"/schools/{s}/cases/{case.reference}").status_code == 404
    assert Api(deputy).get(f"/schools/{s}/cases/{case.reference}").status_code == 200
    # A case about the head cannot be handed to the head: a clear 400.
    about_head = report_post(world, subject="head_teacher", text="The head teacher Mrs Davies is a liar.")
    blocked = Api(deputy).post(
        f"/schools/{s}/cases/{about_head.reference}/handover", {"role": "head_teacher", "reason": "Back."}
    )
    assert blocked.status_code == 400 and "Nobody at the school can take the case" in blocked.json()["detail"]
