"""Declarations of relationships, social contact and difficulties complying: made, reviewed, reconfirmed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from tests.factories import PASSWORD

from safesocial.audit.models import AuditEntry
from safesocial.registers import selectors, services, tasks
from safesocial.registers.models import Declaration, Reminder

pytestmark = pytest.mark.django_db


def _declare(cast, user=None) -> Declaration:
    return services.declaration_make(
        school=cast.school,
        user=user or cast.teacher,
        kind="related",
        details="My niece is in Year 4.",
        pupils=[cast.pupil],
    )


def test_when_staff_declare_then_the_head_and_dsl_are_asked_to_review(cast, run_worker):
    declaration = _declare(cast)
    run_worker()
    assert {m.to[0] for m in mail.outbox} == {cast.head.email, cast.dsl.email}
    assert declaration.status == Declaration.Status.PENDING
    assert declaration.reconfirm_due == (declaration.created_at + dt.timedelta(days=365)).date()


def test_when_the_dsl_reviews_then_the_outcome_and_reviewer_are_recorded(cast, run_worker):
    declaration = _declare(cast)
    run_worker()
    services.declaration_review(
        declaration=declaration,
        reviewer=cast.dsl,
        outcome="arrangements",
        note="No contact on personal accounts; family events only.",
    )
    declaration.refresh_from_db()
    assert declaration.status == "arrangements" and declaration.reviewed_by == cast.dsl
    assert not Reminder.objects.filter(
        key__startswith=f"decl-review:{declaration.pk}", resolved_at=None
    ).exists()
    assert AuditEntry.objects.filter(action="declaration.reviewed", object_id=str(declaration.pk)).exists()


def test_when_arrangements_are_agreed_without_saying_what_then_it_is_refused(cast):
    declaration = _declare(cast)
    with pytest.raises(ValidationError):
        services.declaration_review(
            declaration=declaration, reviewer=cast.head, outcome="arrangements", note=" "
        )


def test_when_the_dsl_declares_then_they_cannot_review_their_own(cast):
    declaration = _declare(cast, user=cast.dsl)
    with pytest.raises(services.NotAllowed):
        services.declaration_review(declaration=declaration, reviewer=cast.dsl, outcome="noted", note="")
    assert declaration not in selectors.access_declarations_to_review(cast.dsl, cast.school)
    services.declaration_review(declaration=declaration, reviewer=cast.head, outcome="noted", note="")


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("teacher", 200),
        ("head", 200),
        ("dsl", 200),
        ("slt", 404),
        ("teacher2", 404),
        ("admin", 404),
        ("governor", 404),
        ("outsider", 404),
    ],
)
def test_who_can_open_a_declaration(cast, client, who, status):
    declaration = _declare(cast)
    client.login(username=getattr(cast, who).username, password=PASSWORD)
    url = reverse("registers:declaration", args=[cast.school.slug, declaration.pk])
    assert client.get(url).status_code == status


def test_when_a_reviewer_opens_a_declaration_then_the_look_is_audited(cast, client):
    declaration = _declare(cast)
    client.login(username=cast.head.username, password=PASSWORD)
    client.get(reverse("registers:declaration", args=[cast.school.slug, declaration.pk]))
    assert AuditEntry.objects.filter(action="declaration.viewed", actor=cast.head).count() == 1


def test_when_a_year_has_passed_then_the_declarant_is_asked_to_reconfirm_once(cast):
    declaration = _declare(cast)
    Declaration.objects.filter(pk=declaration.pk).update(
        reconfirm_due=selectors.today() + dt.timedelta(days=3)
    )
    mail.outbox.clear()
    assert tasks.sweep_all()["reconfirm"] == 1
    assert tasks.sweep_all()["reconfirm"] == 0
    assert [m.to[0] for m in mail.outbox if "reconfirm" in m.subject.lower()] == [cast.teacher.email]
    services.declaration_reconfirm(declaration=declaration, user=cast.teacher)
    declaration.refresh_from_db()
    assert declaration.reconfirm_due > selectors.today() + dt.timedelta(days=360)
    assert not Reminder.objects.filter(
        user=cast.teacher, kind="declaration-reconfirm", resolved_at=None
    ).exists()


def test_when_withdrawn_then_it_leaves_the_review_list_and_needs_no_reconfirmation(cast):
    declaration = _declare(cast)
    services.declaration_withdraw(declaration=declaration, user=cast.teacher)
    assert declaration not in selectors.access_declarations_to_review(cast.head, cast.school)
    Declaration.objects.filter(pk=declaration.pk).update(reconfirm_due=selectors.today())
    assert tasks.sweep_all()["reconfirm"] == 0


def test_a_declaration_form_with_no_details_shows_the_error_next_to_the_field(cast, client):
    client.login(username=cast.teacher.username, password=PASSWORD)
    page = client.post(reverse("registers:declaration_new", args=[cast.school.slug]), {"kind": "related"})
    assert page.status_code == 200
    body = page.content.decode()
    assert "There is a problem" in body and 'href="#id_details"' in body
    assert Declaration.objects.count() == 0


def test_when_no_kind_is_chosen_then_the_summary_links_to_the_group_of_choices(cast, client):
    client.login(username=cast.teacher.username, password=PASSWORD)
    page = client.post(reverse("registers:declaration_new", args=[cast.school.slug]), {"details": "My niece"})
    body = page.content.decode()
    assert page.status_code == 200 and 'href="#id_kind"' in body
    assert '<fieldset id="id_kind"' in body  # the link reaches the question, not the top of the page
    assert 'href="#"' not in body


def test_when_a_declaration_is_made_after_midnight_in_summer_then_it_is_due_a_year_from_that_uk_day(
    cast, monkeypatch
):
    from django.utils import timezone

    # 00:30 on 2 June in the UK is still 1 June in UTC.
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime(2026, 6, 1, 23, 30, tzinfo=dt.UTC))
    declaration = _declare(cast)
    assert declaration.reconfirm_due == dt.date(2026, 6, 2) + services.RECONFIRM_AFTER
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime(2026, 8, 3, 23, 15, tzinfo=dt.UTC))
    services.declaration_reconfirm(declaration=declaration, user=cast.teacher)
    assert declaration.reconfirm_due == dt.date(2026, 8, 4) + services.RECONFIRM_AFTER
