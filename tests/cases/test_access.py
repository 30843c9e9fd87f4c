"""Every role against every sensitive case view and API endpoint.

Three cases at Ysgol Llanbedrog: a parent's post about a teacher (handled by the head teacher), a post about
the head teacher (routed to the deputy; the head must not see it), and a safeguarding concern (the DSL and the
head only). Anyone else gets a 404 (the case's existence is not revealed) and never sees it listed; anonymous
visitors are sent to sign in (web) or refused (API).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests.cases.conftest import ROLES, deletion_letter_sent, report_post, signed_in

from safesocial.api.models import ApiToken
from safesocial.audit.models import AuditEntry
from safesocial.cases.models import Case, Evidence, Letter

pytestmark = pytest.mark.django_db

WHO = [*ROLES, "other-school", "anonymous"]
# Who may see (and act on) each case. Everyone else: 404 / not listed.
ALLOWED = {
    "post": {"head_teacher"},
    "about-head": {"deputy_head"},
    "safeguarding": {"dsl", "head_teacher"},
}


@pytest.fixture
def cases(world) -> dict[str, Case]:
    head, deputy = world.user("head_teacher"), world.user("deputy_head")
    post = report_post(world)
    about_head = report_post(world, subject="head_teacher", text="The head teacher Mrs Davies is a liar.")
    safeguarding = report_post(
        world, kind="safeguarding", text="A pupil posted that they want to hurt themselves."
    )
    for actor, case, extract in ((head, post, "a useless teacher"), (deputy, about_head, "is a liar")):
        deletion_letter_sent(
            world, case, actor=actor, reason="Internal procedure", extract=extract, signatory="Signed"
        )
    return {"post": post, "about-head": about_head, "safeguarding": safeguarding}


def _who(world, who: str):
    if who == "anonymous":
        return None
    if who == "other-school":
        return world.outsider
    return world.user(who)


def _web_views(case: Case) -> dict[str, tuple[str, str, dict[str, str] | None]]:
    slug, ref = case.school.slug, case.reference
    views = {
        "detail": ("get", reverse("cases:detail", args=[slug, ref]), None),
        "evidence": (
            "get",
            reverse("cases:evidence", args=[slug, ref, Evidence.objects.filter(case=case).first().pk]),
            None,
        ),
        "action-page": ("get", reverse("cases:action", args=[slug, ref, "note"]), None),
        "action-post": (
            "post",
            reverse("cases:action", args=[slug, ref, "note"]),
            {"text": "Phoned the parent."},
        ),
    }
    letter = Letter.objects.filter(case=case).first()
    if letter is not None:
        views["letter-pdf"] = ("get", reverse("cases:letter", args=[slug, ref, letter.pk, "pdf"]), None)
        views["letter-docx"] = ("get", reverse("cases:letter", args=[slug, ref, letter.pk, "docx"]), None)
    return views


def test_web_views_of_a_case_are_open_only_to_its_handlers(world, cases):
    """One pass over the whole table (every role x case x view); a failure lists every wrong cell."""
    problems: list[str] = []
    for who in WHO:
        _check_web(world, cases, who, problems)
    assert not problems, "\n".join(problems)


def _check_web(world, cases, who: str, problems: list[str]) -> None:
    user = _who(world, who)
    client = signed_in(user)
    for key, case in cases.items():
        allowed = who in ALLOWED[key]
        for view, (method, url, data) in _web_views(case).items():
            before = AuditEntry.objects.filter(action="case.viewed", object_id=str(case.pk)).count()
            response = getattr(client, method)(url, data or {})
            after = AuditEntry.objects.filter(action="case.viewed", object_id=str(case.pk)).count()
            if user is None:
                expected = 302  # sign in first
                ok = response.status_code == 302 and "/accounts/login/" in response["Location"]
            elif allowed:
                expected = 302 if method == "post" else 200
                ok = response.status_code == expected and after == before + 1  # viewing is audited
            else:
                expected = 404
                ok = response.status_code == 404 and after == before
            if not ok:
                problems.append(f"{who} {key} {view}: got {response.status_code}, expected {expected}")
        if who == "anonymous":
            continue
        listing = client.get(reverse("cases:list", args=[case.school.slug]), {"status": ""})
        if who == "other-school":
            if listing.status_code != 404:
                problems.append(f"{who} list: got {listing.status_code}")
            continue
        listed = f">{case.reference}</a>" in listing.content.decode()
        if listed != allowed:
            problems.append(f"{who} {key} list: listed={listed}, allowed={allowed}")


def _api_calls(case: Case) -> dict[str, tuple[str, str, dict | None]]:
    base = f"/api/schools/{case.school.slug}/cases/{case.reference}"
    calls = {
        "detail": ("get", base, None),
        "timeline": ("get", f"{base}/timeline", None),
        "steps": ("get", f"{base}/steps", None),
        "evidence": ("get", f"{base}/evidence", None),
        "evidence-file": (
            "get",
            f"{base}/evidence/{Evidence.objects.filter(case=case).first().pk}/file",
            None,
        ),
        "letters": ("get", f"{base}/letters", None),
        "note": ("post", f"{base}/notes", {"text": "Phoned the parent."}),
    }
    letter = Letter.objects.filter(case=case).first()
    if letter is not None:
        calls["letter-file"] = ("get", f"{base}/letters/{letter.pk}.pdf", None)
    return calls


def test_api_endpoints_for_a_case_are_open_only_to_its_handlers(world, cases):
    problems: list[str] = []
    for who in WHO:
        _check_api(world, cases, who, problems)
    assert not problems, "\n".join(problems)


def _check_api(world, cases, who: str, problems: list[str]) -> None:
    user = _who(world, who)
    headers = {}
    if user is not None:
        _, raw = ApiToken.issue(user=user, name="record system")
        headers["Authorization"] = f"Bearer {raw}"
    client = Client()
    for key, case in cases.items():
        allowed = who in ALLOWED[key]
        for call, (method, url, body) in _api_calls(case).items():
            if method == "post":
                response = client.post(url, body, content_type="application/json", headers=headers)
            else:
                response = client.get(url, headers=headers)
            expected = 401 if user is None else (200 if allowed else 404)
            if response.status_code != expected:
                problems.append(f"{who} {key} {call}: got {response.status_code}, expected {expected}")
        listing = client.get(f"/api/schools/{case.school.slug}/cases", {"status": "all"}, headers=headers)
        if user is None or who == "other-school":
            if listing.status_code != (401 if user is None else 404):
                problems.append(f"{who} api list: got {listing.status_code}")
            continue
        listed = case.reference in [c["reference"] for c in listing.json()]
        if listed != allowed:
            problems.append(f"{who} {key} api list: listed={listed}, allowed={allowed}")


def test_when_a_teacher_reports_a_safeguarding_concern_they_see_a_receipt_but_not_the_case(world):
    teacher = world.user("staff")
    case = report_post(world, kind="safeguarding", reporter=teacher, text="Worried about a pupil's post")
    client = signed_in(teacher)
    page = client.get(reverse("cases:list", args=[world.school.slug])).content.decode()
    assert "Your reports" in page and case.reference in page
    assert f">{case.reference}</a>" not in page  # no link to it
    assert client.get(reverse("cases:detail", args=[world.school.slug, case.reference])).status_code == 404


def test_when_a_new_head_is_appointed_then_they_still_cannot_see_a_case_about_the_head(world):
    case = report_post(world, subject="head_teacher")
    from tests.factories import make_user

    new_head = make_user(world.school, "head_teacher", username="new-head")
    assert (
        signed_in(new_head).get(reverse("cases:detail", args=[world.school.slug, case.reference])).status_code
        == 404
    )


def test_when_a_deadline_has_passed_then_the_overdue_filter_shows_it(world):
    head = world.user("head_teacher")
    case = deletion_letter_sent(world)
    other = report_post(world)
    Case.objects.filter(pk=case.pk).update(deadline_at=timezone.now() - dt.timedelta(hours=1))
    client = signed_in(head)
    page = client.get(
        reverse("cases:list", args=[world.school.slug]), {"status": "open", "overdue": "on"}
    ).content.decode()
    assert case.reference in page and other.reference not in page
    page = client.get(reverse("cases:list", args=[world.school.slug]), {"status": "closed"}).content.decode()
    assert case.reference not in page
    page = client.get(
        reverse("cases:list", args=[world.school.slug]), {"status": "open", "kind": "media"}
    ).content.decode()
    assert case.reference not in page


def test_when_cases_are_listed_then_the_audit_names_exactly_the_cases_shown(world, cases):
    head = world.user("head_teacher")
    signed_in(head).get(reverse("cases:list", args=[world.school.slug]), {"status": ""})
    _, raw = ApiToken.issue(user=head, name="record system")
    Client().get(
        f"/api/schools/{world.school.slug}/cases",
        {"status": "all"},
        headers={"Authorization": f"Bearer {raw}"},
    )
    web, api = AuditEntry.objects.filter(action="cases.listed").order_by("seq")
    shown = {cases["post"].pk, cases["safeguarding"].pk}  # never the case about the head teacher
    assert set(web.details["cases"]) == shown and web.details["filters"]["status"] == ""
    assert set(api.details["cases"]) == shown and api.details["via"] == "api"
    assert web.actor_label == api.actor_label == head.username


def test_when_the_home_page_shows_cases_due_then_the_audit_names_the_cases_shown(world, cases):
    head = world.user("head_teacher")
    page = signed_in(head).get("/").content.decode()
    assert cases["post"].reference in page
    listed = AuditEntry.objects.get(action="cases.listed")
    assert listed.details["via"] == "home" and listed.actor_label == head.username
    assert set(listed.details["cases"]) == {cases["post"].pk, cases["safeguarding"].pk}
    signed_in(world.user("staff")).get("/")  # nothing due for them: nothing shown, nothing recorded
    assert AuditEntry.objects.filter(action="cases.listed").count() == 1
