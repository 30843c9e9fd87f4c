"""The demo's story: the demo shows SafeSocial at work (cases, policy confirmations, declarations, official
accounts), made by the real services, safe to load again, and seen only by the people it is for.

The story is loaded once for the module inside a transaction that is rolled back afterwards; each test runs in
its own savepoint within it, so nothing one test does is seen by another.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from safesocial.audit.models import AuditEntry
from safesocial.audit.services import audit_verify
from safesocial.cases.models import Case, CaseEvent, Evidence, Letter, Report, Screening, Stage
from safesocial.cases.selectors import access_cases
from safesocial.monitoring.models import MonitoringCheck, MonitoringDuty
from safesocial.monitoring.selectors import overdue_duties
from safesocial.registers.models import (
    AccountApplication,
    Acknowledgement,
    Declaration,
    OfficialAccount,
    PolicyAdoption,
    PrePublicationCheck,
    TrainingRecord,
)
from safesocial.registers.selectors import bound_users
from safesocial.registers.services import account_credentials_reveal, application_runner_problems
from safesocial.schools.demo import DEMO_PASSWORD, load_demo
from safesocial.schools.demo_story import DEMO_CREDENTIALS, PROTOCOL_POST
from safesocial.schools.models import Person, RoleAssignment, School, User

pytestmark = pytest.mark.django_db

COUNTED = [
    User,
    Person,
    RoleAssignment,
    School,
    PolicyAdoption,
    Acknowledgement,
    Case,
    Report,
    Evidence,
    Screening,
    Letter,
    CaseEvent,
    Declaration,
    TrainingRecord,
    AccountApplication,
    OfficialAccount,
    MonitoringDuty,
    MonitoringCheck,
    PrePublicationCheck,
    AuditEntry,
    DBTaskResult,
]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        summary = load_demo(story=True)
        yield summary
        transaction.set_rollback(True)


def counts() -> dict[str, object]:
    found: dict[str, object] = {model.__name__: model.objects.count() for model in COUNTED}
    found["consent"] = sorted(
        Person.objects.filter(kind="pupil").values_list("pk", "image_consent", "no_publish")
    )
    return found


def signed_in(username: str) -> Client:
    client = Client()
    client.cookies["django_language"] = "en"
    assert client.login(username=username, password=DEMO_PASSWORD), username
    return client


def llanbedrog() -> School:
    return School.objects.get(slug="ysgol-llanbedrog")


def protocol_case() -> Case:
    return Case.objects.get(school__slug="ysgol-llanbedrog", report__text=PROTOCOL_POST)


def case_about_the_head() -> Case:
    return Case.objects.get(school__slug="ysgol-llanbedrog", conflict_roles__contains=",head_teacher,")


def safeguarding_case() -> Case:
    return Case.objects.get(school__slug="hollybank", kind="safeguarding")


def test_when_the_demo_is_loaded_twice_or_reset_then_the_same_records_are_there(demo, capsys):
    first = demo.story.created
    assert first["cases"] == 9 and first["letters"] == 2 and first["accounts"] == 1
    before = counts()
    assert before["Case"] == 9 and before["Letter"] == 2 and before["Acknowledgement"] == 33

    call_command("load_demo")
    out = capsys.readouterr().out
    assert counts() == before
    assert "Demo story already present; nothing added." in out
    assert "What to try:" in out and "deputy.ysgol-llanbedrog" in out and "teacher.bwmat" in out

    again = load_demo(story=True)
    assert not any(again.story.created.values()) and not any(again.created.values())
    call_command("load_demo", reset=True, quiet_logins=True)
    assert counts() == before


def test_when_the_llanbedrog_head_opens_the_cases_then_the_protocol_case_is_there_not_the_one_about_her(demo):
    case, about_head = protocol_case(), case_about_the_head()
    head = User.objects.get(username="head.ysgol-llanbedrog")
    deputy = User.objects.get(username="deputy.ysgol-llanbedrog")

    mine = set(access_cases(head, llanbedrog()).values_list("reference", flat=True))
    assert case.reference in mine and about_head.reference not in mine
    page = signed_in("head.ysgol-llanbedrog").get("/cases/ysgol-llanbedrog/")
    assert page.status_code == 200
    html = page.content.decode()
    assert case.reference in html and about_head.reference not in html
    detail = f"/cases/ysgol-llanbedrog/case/{about_head.reference}/"
    assert signed_in("head.ysgol-llanbedrog").get(detail).status_code == 404
    assert set(access_cases(deputy, llanbedrog()).values_list("pk", flat=True)) == {about_head.pk}
    assert signed_in("deputy.ysgol-llanbedrog").get(detail).status_code == 200

    # Part-way through the protocol: screenshot received, screened, decided internal, Annex B sent in Welsh
    # and English, the deadline still running.
    assert case.stage == Stage.DEADLINE and case.route == "internal"
    assert case.deadline_at > timezone.now()
    shot = case.evidence.get()
    assert shot.media_type == "image/png" and shot.file.read(8) == b"\x89PNG\r\n\x1a\n"
    assert case.screenings.get().findings
    assert sorted(case.letters.values_list("kind", "language")) == [
        ("deletion-request", "cy"),
        ("deletion-request", "en"),
    ]
    assert all(letter.pdf.read(5) == b"%PDF-" for letter in case.letters.all())
    assert Case.objects.filter(school=llanbedrog(), stage=Stage.CLOSED, outcome="removed").exists()


def test_when_the_demo_is_loaded_then_the_audit_chain_verifies_and_holds_the_story(demo):
    report = audit_verify()
    assert report.ok, report.reason
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        "policy.adopted",
        "policy.acknowledged",
        "consent.imported",
        "case.reported",
        "case.routed",
        "case.decision",
        "case.letter",
        "case.closed",
        "evidence.received",
        "declaration.reviewed",
        "account_application.approved",
        "account.recorded",
        "monitoring.checked",
        "prepublication.checked",
    } <= actions
    # The story is told at the times it happened, the latest step no later than now.
    assert AuditEntry.objects.filter(action="policy.adopted", at__lt=timezone.now() - dt.timedelta(days=30))
    assert not AuditEntry.objects.filter(at__gt=timezone.now()).exists()


def test_when_a_teacher_looks_for_the_safeguarding_concern_then_only_the_dsl_and_head_see_it(demo):
    case = safeguarding_case()
    school = case.school
    assert case.restricted and set(case.handlers) == {"dsl", "head_teacher"}
    for username in ("teacher.generic-school", "line-manager.generic-school", "deputy.generic-school"):
        user = User.objects.get(username=username)
        assert not access_cases(user, school).filter(pk=case.pk).exists(), username
        response = signed_in(username).get(f"/cases/hollybank/case/{case.reference}/")
        assert response.status_code == 404, username
    for username in ("dsl.generic-school", "head.generic-school"):
        assert access_cases(User.objects.get(username=username), school).filter(pk=case.pk).exists()


def test_when_the_demo_is_loaded_then_each_school_has_two_thirds_confirmed_and_open_screened_cases(demo):
    kinds = set()
    for school in School.objects.filter(trust__slug="demo"):
        assert PolicyAdoption.objects.filter(school=school, revision=school.policy_revision).exists()
        bound = bound_users(school).count()
        confirmed = Acknowledgement.objects.filter(school=school, revision=school.policy_revision).count()
        assert 0.55 <= confirmed / bound <= 0.75, school.slug
        cases = Case.objects.filter(school=school).exclude(stage=Stage.CLOSED)
        assert cases.exists(), school.slug
        assert Screening.objects.filter(case__school=school).exclude(findings=[]).exists(), school.slug
        kinds |= set(cases.values_list("kind", flat=True))
        pupils = Person.objects.filter(school=school, kind="pupil")
        assert pupils.filter(image_consent="refused").exists() and pupils.filter(no_publish=True).exists()
    assert {"post", "pupil-contact", "cyberbullying", "media", "safeguarding"} <= kinds


def test_when_the_demo_is_loaded_then_ysgol_llanbedrog_runs_its_registers(demo):
    school = llanbedrog()
    assert sorted(Declaration.objects.filter(school=school).values_list("status", flat=True)) == [
        "arrangements",
        "pending",
    ]
    waiting = AccountApplication.objects.get(school=school, status="submitted")
    assert application_runner_problems(waiting) == []  # the SLT can approve it in the demo
    account = OfficialAccount.objects.get(school=school)
    assert DEMO_CREDENTIALS not in account.credentials_token
    teacher = User.objects.get(username="teacher.ysgol-llanbedrog")
    assert (
        account_credentials_reveal(account=account, actor=teacher, password=DEMO_PASSWORD) == DEMO_CREDENTIALS
    )
    assert [duty.assignee for duty in overdue_duties(school)] == [teacher]
    outcomes = dict(PrePublicationCheck.objects.filter(account=account).values_list("outcome", "reasons"))
    assert {"code": "no-publish"}.items() <= outcomes["blocked"][0].items()
    assert TrainingRecord.objects.filter(school=school).count() >= 3
