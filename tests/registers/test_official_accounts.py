"""Business cases, approval by the senior leadership team, recording the account, and its credentials."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from tests.factories import PASSWORD
from tests.registers.helpers import adopt, approved_account, make_ready, submit_application

from safesocial.audit.models import AuditEntry
from safesocial.registers import crypto, services
from safesocial.registers.models import AccountApplication, OfficialAccount

pytestmark = pytest.mark.django_db

SECRET = "user: ysgol\npassword: Tr1cky-Pass"


def _submit(cast, runners) -> AccountApplication:
    return submit_application(
        cast,
        runners=runners,
        name="Friends of the school",
        aim="Fundraising news",
        audience="Parents and the village",
        promotion="Newsletter and website",
        visibility="private",
    )


def test_when_fewer_than_two_staff_are_named_then_the_case_is_refused(cast):
    with pytest.raises(ValidationError) as exc:
        _submit(cast, [cast.teacher])
    assert "runners" in exc.value.message_dict


def test_when_runners_have_not_confirmed_or_trained_then_approval_is_refused_with_their_names(cast):
    adopt(cast.school, cast.head)
    application = _submit(cast, [cast.teacher, cast.teacher2])
    services.policy_acknowledge(school=cast.school, user=cast.teacher)
    with pytest.raises(ValidationError) as exc:
        services.application_decide(application=application, actor=cast.slt, approve=True, reason="Good case")
    assert "Dafydd Jones" in exc.value.messages[0] and "Nia Lewis" in exc.value.messages[0]
    make_ready(cast.school, cast.head, cast.teacher2)
    services.training_record(
        school=cast.school,
        actor=cast.admin,
        user=cast.teacher,
        course="Accounts",
        completed_on=cast.school.created_at.date(),
    )
    services.application_decide(application=application, actor=cast.slt, approve=True, reason="Good case")
    assert application.status == "approved" and application.decided_by == cast.slt


def test_when_rejected_then_the_reasons_are_recorded(cast):
    application = _submit(cast, [cast.teacher, cast.teacher2])
    with pytest.raises(ValidationError):
        services.application_decide(application=application, actor=cast.slt, approve=False, reason="")
    services.application_decide(
        application=application, actor=cast.head, approve=False, reason="The PTA page already does this."
    )
    application.refresh_from_db()
    assert (
        application.status == "rejected" and application.decision_reason == "The PTA page already does this."
    )


def test_only_the_senior_leadership_team_decides(cast):
    application = _submit(cast, [cast.teacher, cast.teacher2])
    for user in (cast.teacher, cast.admin, cast.governor, cast.dsl):
        with pytest.raises(services.NotAllowed):
            services.application_decide(application=application, actor=user, approve=False, reason="No")


def test_only_the_administrator_records_an_approved_account(cast):
    account = approved_account(cast)
    assert set(account.runners.all()) == {cast.teacher, cast.teacher2}
    application = _submit(cast, [cast.teacher, cast.teacher2])
    with pytest.raises(ValidationError):  # not approved yet
        services.account_record(application=application, actor=cast.admin, handle="@x", credentials="")
    with pytest.raises(services.NotAllowed):
        services.account_record(application=application, actor=cast.teacher, handle="@x", credentials="")


def test_credentials_are_encrypted_at_rest(cast):
    account = approved_account(cast, credentials=SECRET)
    with connection.cursor() as cur:
        cur.execute("SELECT credentials_token FROM registers_officialaccount WHERE id = %s", [account.pk])
        stored = cur.fetchone()[0]
    assert "Tr1cky-Pass" not in stored and stored.startswith("gAAAA")
    assert crypto.decrypt(stored) == SECRET
    assert not AuditEntry.objects.filter(details__icontains="Tr1cky").exists()


def test_when_a_named_runner_reenters_their_password_then_the_details_are_shown_and_audited(cast):
    account = approved_account(cast, credentials=SECRET)
    assert (
        services.account_credentials_reveal(account=account, actor=cast.teacher, password=PASSWORD) == SECRET
    )
    entry = AuditEntry.objects.get(action="account.credentials_revealed")
    assert entry.actor == cast.teacher and entry.object_id == str(account.pk)


def test_when_the_password_is_wrong_then_nothing_is_shown_and_the_attempt_is_audited(cast):
    account = approved_account(cast, credentials=SECRET)
    with pytest.raises(services.RevealRefused):
        services.account_credentials_reveal(account=account, actor=cast.teacher, password="guess")
    assert AuditEntry.objects.filter(action="account.credentials_refused", actor=cast.teacher).count() == 1


def test_reveals_are_limited_per_hour(cast):
    account = approved_account(cast, credentials=SECRET)
    for _ in range(services.REVEALS_PER_HOUR):
        services.account_credentials_reveal(account=account, actor=cast.teacher, password=PASSWORD)
    with pytest.raises(services.RevealRefused) as exc:
        services.account_credentials_reveal(account=account, actor=cast.teacher, password=PASSWORD)
    assert exc.value.code == "rate-limit"


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("teacher", 200),
        ("teacher2", 200),
        ("head", 404),
        ("slt", 404),
        ("admin", 404),
        ("dsl", 404),
        ("governor", 404),
        ("outsider", 404),
    ],
)
def test_only_named_runners_reach_the_credentials_page(cast, client, who, status):
    account = approved_account(cast, credentials=SECRET)
    client.login(username=getattr(cast, who).username, password=PASSWORD)
    url = reverse("registers:account_reveal", args=[cast.school.slug, account.pk])
    assert client.get(url).status_code == status
    response = client.post(url, {"password": PASSWORD})
    assert response.status_code == status
    body = response.content.decode()
    assert ("Tr1cky-Pass" in body) == (status == 200)
    if status == 200:
        assert "no-store" in response["Cache-Control"]


def test_the_account_page_never_contains_the_credentials(cast, client):
    account = approved_account(cast, credentials=SECRET)
    for who in (cast.teacher, cast.admin, cast.head):
        client.login(username=who.username, password=PASSWORD)
        body = client.get(reverse("registers:account", args=[cast.school.slug, account.pk])).content.decode()
        assert "Tr1cky-Pass" not in body


def test_replacing_the_credentials_re_encrypts_them(cast):
    account = approved_account(cast, credentials=SECRET)
    before = OfficialAccount.objects.get(pk=account.pk).credentials_token
    services.account_credentials_set(account=account, actor=cast.teacher2, credentials="new secret")
    account.refresh_from_db()
    assert account.credentials_token != before and crypto.decrypt(account.credentials_token) == "new secret"
    with pytest.raises(services.NotAllowed):
        services.account_credentials_set(account=account, actor=cast.head, credentials="x")


def test_key_problems_are_reported(settings):
    settings.SAFESOCIAL_CREDENTIALS_KEY = ""
    assert crypto.key_problem() is not None
    settings.SAFESOCIAL_CREDENTIALS_KEY = "not-a-key"
    assert "not a Fernet key" in crypto.key_problem()
    from safesocial.registers.checks import credentials_key_check

    assert credentials_key_check()[0].id == "safesocial.registers.E001"


def test_a_rotated_key_still_reads_old_tokens(settings):
    from cryptography.fernet import Fernet

    old = settings.SAFESOCIAL_CREDENTIALS_KEY
    token = crypto.encrypt("secret")
    settings.SAFESOCIAL_CREDENTIALS_KEY = f"{Fernet.generate_key().decode()},{old}"
    assert crypto.decrypt(token) == "secret"
    settings.SAFESOCIAL_CREDENTIALS_KEY = Fernet.generate_key().decode()
    with pytest.raises(crypto.CredentialsUnreadable):
        crypto.decrypt(token)
