"""Image consent, the no-publish list, and the pre-publication check for official accounts."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from tests.factories import PASSWORD, make_person
from tests.registers.helpers import approved_account

from safesocial.audit.models import AuditEntry
from safesocial.registers import services
from safesocial.schools.models import Person

pytestmark = pytest.mark.django_db


def _check(cast, account, caption, people=(), by=None):
    return services.prepublication_check(
        account=account,
        actor=by or cast.teacher,
        caption=caption,
        people=list(people),
        image_description="Pupils at the beach",
    )


def test_when_a_no_publish_pupil_is_shown_then_the_post_is_blocked_and_cannot_be_approved(cast):
    account = approved_account(cast)
    check = _check(cast, account, "Year 4 loved the beach today!", [cast.pupil, cast.no_publish_pupil])
    assert check.outcome == "blocked"
    assert {"code": "no-publish", "person": cast.no_publish_pupil.pk, "clause": None} in check.reasons
    with pytest.raises(services.NotAllowed):
        services.prepublication_approve(check=check, actor=cast.teacher2)


def test_when_a_no_publish_pupil_is_only_named_in_the_caption_then_the_post_is_blocked(cast):
    account = approved_account(cast)
    check = _check(cast, account, "Well done to Ffion Hughes for winning the art prize!")
    assert check.outcome == "blocked" and check.reasons[0]["code"] == "no-publish"


def test_when_a_pupil_shown_has_no_consent_then_the_post_is_blocked(cast):
    account = approved_account(cast)
    unknown = make_person(cast.school, "pupil", "Cai", "Morgan", image_consent="unknown")
    check = _check(cast, account, "Sports day!", [unknown])
    assert check.outcome == "blocked"
    assert {"code": "no-consent", "person": unknown.pk, "clause": None} in check.reasons
    # The screener is told consent is missing and cites the policy's own clause on permission for images.
    assert {r.get("clause") for r in check.reasons if r.get("category") == "pupil-image"} == {"9-permission"}


def test_when_everyone_shown_consented_then_another_runner_approves_and_it_is_recorded(cast):
    account = approved_account(cast)
    check = _check(cast, account, "Year 4 loved the beach trip today!", [cast.pupil])
    assert check.outcome == "clear", check.reasons
    with pytest.raises(services.NotAllowed):
        services.prepublication_approve(check=check, actor=cast.teacher)  # not the author
    with pytest.raises(services.NotAllowed):
        services.prepublication_approve(check=check, actor=cast.admin)  # neither a runner nor a leader
    services.prepublication_approve(check=check, actor=cast.teacher2)
    check.refresh_from_db()
    assert check.approved_by == cast.teacher2 and check.approved_at is not None
    assert AuditEntry.objects.filter(action="prepublication.approved", actor=cast.teacher2).exists()


def test_when_the_screener_finds_a_breach_then_the_post_is_blocked_citing_the_clause(cast):
    account = approved_account(cast)
    check = _check(
        cast, account, "Our head teacher is a liar and a disgrace, the governors are useless idiots"
    )
    assert check.outcome == "blocked"
    policy_reasons = [r for r in check.reasons if r["code"].startswith("policy-")]
    assert policy_reasons and all(r["clause"] for r in policy_reasons)
    assert "evidence" not in str(check.decision)


def test_only_runners_and_leaders_can_check_posts_for_an_account(cast):
    account = approved_account(cast)
    with pytest.raises(services.NotAllowed):
        _check(cast, account, "Hello", by=cast.admin)
    assert _check(cast, account, "Hello", by=cast.head).outcome in {"clear", "attention"}


def test_the_blocked_result_page_names_the_pupil_and_offers_no_approval(cast, client):
    account = approved_account(cast)
    check = _check(cast, account, "Beach trip", [cast.no_publish_pupil])
    client.login(username=cast.teacher2.username, password=PASSWORD)
    body = client.get(
        reverse("registers:prepublish_result", args=[cast.school.slug, check.pk])
    ).content.decode()
    assert "Ffion Hughes is on the no-publish list" in body and "Approve for publishing" not in body
    client.login(username=cast.admin.username, password=PASSWORD)
    assert (
        client.get(reverse("registers:prepublish_result", args=[cast.school.slug, check.pk])).status_code
        == 404
    )


CSV = "mis_id,image_consent,no_publish\nP1,refused,yes\nP2,given,no\nX9,given,no\nP1x,maybe,no\n"


def test_consent_import_updates_pupils_by_mis_id_and_reports_the_rest(cast):
    result = services.consent_import(school=cast.school, actor=cast.admin, csv_text=CSV)
    assert (result.updated, result.unchanged, result.unknown, result.invalid) == (2, 0, [4, 5], [])
    cast.pupil.refresh_from_db()
    cast.no_publish_pupil.refresh_from_db()
    assert cast.pupil.image_consent == "refused" and cast.pupil.no_publish
    assert cast.no_publish_pupil.image_consent == "given" and not cast.no_publish_pupil.no_publish
    entry = AuditEntry.objects.get(action="consent.imported")
    assert entry.details == {"updated": 2, "unchanged": 0, "unknown": 2, "invalid": 0}


def test_consent_import_refuses_a_file_without_the_columns_and_non_admins(cast):
    with pytest.raises(ValidationError):
        services.consent_import(school=cast.school, actor=cast.admin, csv_text="name,consent\nA,yes\n")
    with pytest.raises(services.NotAllowed):
        services.consent_import(school=cast.school, actor=cast.head, csv_text=CSV)


def test_changing_one_pupils_consent_is_audited_with_before_and_after(cast):
    services.consent_set(person=cast.pupil, actor=cast.dsl, image_consent="refused", no_publish=True)
    entry = AuditEntry.objects.get(action="consent.changed")
    assert entry.details["before"] == {"image_consent": "given", "no_publish": False}
    assert Person.objects.get(pk=cast.pupil.pk).no_publish


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("head", 200),
        ("dsl", 200),
        ("slt", 200),
        ("teacher", 404),
        ("governor", 404),
        ("outsider", 404),
    ],
)
def test_who_sees_the_consent_register(cast, client, who, status):
    client.login(username=getattr(cast, who).username, password=PASSWORD)
    response = client.get(reverse("registers:consent", args=[cast.school.slug]))
    assert response.status_code == status
    if status == 200:
        assert "Ffion Hughes" in response.content.decode()
        assert AuditEntry.objects.filter(action="consent.viewed", actor=getattr(cast, who)).exists()


def test_a_runner_of_an_account_sees_the_consent_register(cast, client):
    approved_account(cast)
    client.login(username=cast.teacher.username, password=PASSWORD)
    assert client.get(reverse("registers:consent", args=[cast.school.slug])).status_code == 200
