"""Adopting a policy revision, reading and confirming it, reminders, and review dates."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from tests.factories import PASSWORD, make_person, make_user
from tests.registers.helpers import adopt

from safesocial.audit.models import AuditEntry
from safesocial.policy import load_pack
from safesocial.policy.loader import dump_pack_yaml
from safesocial.registers import selectors, services, tasks
from safesocial.registers.models import Acknowledgement, PolicyAdoption, Reminder

pytestmark = pytest.mark.django_db


def test_when_a_head_adopts_the_pack_then_a_stored_revision_becomes_the_schools_policy(cast):
    adoption = services.policy_adopt(school=cast.school, actor=cast.head)
    cast.school.refresh_from_db()
    revision = cast.school.policy_revision
    assert revision is not None and adoption.revision == revision
    assert revision.content_hash == load_pack("ysgol-llanbedrog").content_hash
    assert selectors.pack_for(cast.school).content_hash == revision.content_hash
    assert AuditEntry.objects.filter(action="policy.adopted", school_id=cast.school.pk).count() == 1


def test_when_the_same_revision_is_adopted_twice_then_it_is_refused(cast):
    adopt(cast.school, cast.head)
    with pytest.raises(ValidationError):
        services.policy_adopt(school=cast.school, actor=cast.head)


def test_when_a_teacher_tries_to_adopt_then_it_is_not_allowed(cast):
    with pytest.raises(services.NotAllowed):
        services.policy_adopt(school=cast.school, actor=cast.teacher)


def test_when_adopted_then_staff_and_bound_governors_are_asked_by_the_worker(cast, run_worker):
    adopt(cast.school, cast.head)
    assert mail.outbox == []  # nothing is sent until the worker runs the queued task
    run_worker()
    recipients = {m.to[0] for m in mail.outbox}
    # Llanbedrog's pack binds staff and governors (not volunteers): the outsider is at another school.
    expected = {
        u.email
        for u in (cast.head, cast.dsl, cast.slt, cast.admin, cast.teacher, cast.teacher2, cast.governor)
    }
    assert recipients == expected
    assert Reminder.objects.filter(kind="acknowledge").count() == len(expected)


def test_when_a_pack_does_not_bind_governors_then_they_are_not_asked(db):
    from tests.registers.conftest import build_cast

    cast = build_cast(pack="robert-carre", name="Carre's Grammar")
    adopt(cast.school, cast.head)
    bound = set(selectors.bound_users(cast.school))
    assert cast.teacher in bound and cast.governor not in bound


def test_when_a_volunteer_is_bound_then_they_must_confirm(db):
    from tests.registers.conftest import build_cast

    cast = build_cast(pack="bwmat", name="Hillside")
    helper = make_user(None, username="helper")
    make_person(cast.school, "volunteer", "Pat", "Helper", user=helper)
    adopt(cast.school, cast.head)
    assert selectors.must_acknowledge(helper, cast.school)


def test_when_someone_confirms_then_their_reminder_is_resolved_and_leaders_see_it(cast, run_worker):
    adopt(cast.school, cast.head)
    run_worker()
    services.policy_acknowledge(school=cast.school, user=cast.teacher)
    assert not Reminder.objects.filter(user=cast.teacher, resolved_at__isnull=True).exists()
    rows = {r.user: r for r in selectors.access_acknowledgement_register(cast.head, cast.school)}
    assert rows[cast.teacher].acknowledged_at is not None
    assert rows[cast.teacher2].acknowledged_at is None and rows[cast.teacher2].reminded_at is not None


def test_when_a_leader_sends_reminders_then_only_those_who_have_not_confirmed_get_one(cast, run_worker):
    adopt(cast.school, cast.head)
    run_worker()
    services.policy_acknowledge(school=cast.school, user=cast.teacher)
    mail.outbox.clear()
    services.acknowledgement_reminders_request(school=cast.school, actor=cast.head)
    run_worker()
    recipients = {m.to[0] for m in mail.outbox}
    assert cast.teacher.email not in recipients and cast.teacher2.email in recipients
    mail.outbox.clear()
    services.acknowledgement_reminders_request(school=cast.school, actor=cast.head)
    run_worker()
    assert mail.outbox == []  # at most one leader-requested reminder a day


def test_when_a_new_revision_is_adopted_then_everyone_is_asked_again(cast):
    adopt(cast.school, cast.head)
    services.policy_acknowledge(school=cast.school, user=cast.teacher)
    assert selectors.has_acknowledged(cast.teacher, cast.school)
    pack = load_pack("ysgol-llanbedrog").pack
    edited = pack.model_copy(update={"revision": pack.revision + 1})
    services.policy_adopt(school=cast.school, actor=cast.head, content=dump_pack_yaml(edited))
    cast.school.refresh_from_db()
    assert cast.school.policy_revision.revision == pack.revision + 1
    assert not selectors.has_acknowledged(cast.teacher, cast.school)
    assert cast.teacher in set(selectors.pending_acknowledgers(cast.school))
    assert Acknowledgement.objects.filter(user=cast.teacher).count() == 1  # the old one is kept


def test_when_new_staff_join_then_they_are_asked_at_induction(cast, run_worker):
    adopt(cast.school, cast.head)
    run_worker()
    newcomer = make_user(cast.school, "staff", username="newcomer")
    assert selectors.must_acknowledge(newcomer, cast.school)
    mail.outbox.clear()
    tasks.registers_sweep.call()
    # Only the newcomer: everyone else was asked at adoption less than a week ago.
    assert [m.to for m in mail.outbox] == [[newcomer.email]]


def test_when_the_review_date_approaches_then_the_document_owners_are_reminded_once(cast):
    adopt(cast.school, cast.head)
    adoption = PolicyAdoption.objects.get(school=cast.school)
    PolicyAdoption.objects.filter(pk=adoption.pk).update(review_due=selectors.today() + dt.timedelta(days=10))
    mail.outbox.clear()
    first = tasks.sweep_all()
    second = tasks.sweep_all()
    assert first["review"] == 1 and second["review"] == 0
    # Llanbedrog's review owners are the SLT and the chair of governors; this school has an SLT member.
    review_mail = [m for m in mail.outbox if "review" in m.subject]
    assert [m.to[0] for m in review_mail] == [cast.slt.email]


def test_review_due_is_the_packs_date_when_ahead_else_adoption_plus_the_cycle():
    adopted = dt.date(2026, 11, 1)
    assert services.review_due_for(dt.date(2027, 3, 1), 12, adopted) == dt.date(2027, 3, 1)
    assert services.review_due_for(dt.date(2019, 12, 1), 36, adopted) == dt.date(2029, 11, 1)
    assert services.review_due_for(None, 12, dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)


def test_the_policy_page_shows_clauses_and_the_confirm_button_to_a_bound_person(cast, client):
    adopt(cast.school, cast.head)
    client.login(username=cast.teacher.username, password=PASSWORD)
    page = client.get(reverse("registers:policy", args=[cast.school.slug]))
    assert page.status_code == 200
    body = page.content.decode()
    assert "Staff are not permitted to follow or engage with current pupils" in body
    assert reverse("registers:policy_acknowledge", args=[cast.school.slug]) in body
    response = client.post(
        reverse("registers:policy_acknowledge", args=[cast.school.slug]), {"confirm": "on"}
    )
    assert response.status_code == 302 and selectors.has_acknowledged(cast.teacher, cast.school)


def test_the_confirmation_register_is_for_leaders_only(cast, client):
    adopt(cast.school, cast.head)
    url = reverse("registers:acknowledgements", args=[cast.school.slug])
    client.login(username=cast.teacher.username, password=PASSWORD)
    assert client.get(url).status_code == 404
    client.login(username=cast.head.username, password=PASSWORD)
    assert client.get(url).status_code == 200
    client.login(username=cast.outsider.username, password=PASSWORD)
    assert client.get(url).status_code == 404
