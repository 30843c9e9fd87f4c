"""The cases API: what a monitoring tool or a safeguarding record system does, with a bearer token."""

from __future__ import annotations

import hashlib
import io

import pytest
from django.test import Client
from tests.cases.conftest import POST_TEXT, png_bytes
from tests.cases.test_letters import pdf_text

from safesocial.api.models import ApiToken

pytestmark = pytest.mark.django_db


class Api:
    def __init__(self, user) -> None:
        _, raw = ApiToken.issue(user=user, name="integration")
        self.client = Client(headers={"Authorization": f"Bearer {raw}"})

    def get(self, path: str, **params):
        return self.client.get(f"/api{path}", params)

    def post(self, path: str, body: dict):
        return self.client.post(f"/api{path}", body, content_type="application/json")


def test_the_openapi_schema_describes_reports_cases_evidence_steps_and_letters():
    schema = Client().get("/api/openapi.json").json()
    paths = set(schema["paths"])
    base = "/api/schools/{school}/cases/{reference}"
    for path in [
        "/api/schools/{school}/reports",
        "/api/schools/{school}/cases",
        base,
        f"{base}/timeline",
        f"{base}/steps",
        f"{base}/evidence",
        f"{base}/letters",
        f"{base}/decision",
        f"{base}/meeting",
        f"{base}/outcome",
        f"{base}/platform-report",
        f"{base}/harmful-content-report",
        f"{base}/legal-advice",
        f"{base}/close",
    ]:
        assert path in paths, path
    assert any(
        "Bearer" in str(s) or s.get("scheme") == "bearer"
        for s in schema["components"]["securitySchemes"].values()
    )


def test_when_an_integration_files_a_report_the_head_takes_it_through_the_protocol_by_api(world):
    school = world.school.slug
    monitor = Api(world.user("ict_manager"))
    created = monitor.post(
        f"/schools/{school}/reports",
        {
            "kind": "post",
            "text": POST_TEXT,
            "platform": "facebook",
            "url": "https://www.facebook.com/groups/llanbedrog-parents/posts/1234",
            "author_kind": "parent",
            "subject": "staff",
            "posted_at": "2026-03-02T21:14:00",
        },
    )
    assert created.status_code == 201, created.content
    ref = created.json()["reference"]
    # The reporter does not handle it, so they cannot read it back.
    assert monitor.get(f"/schools/{school}/cases/{ref}").status_code == 404

    head = Api(world.user("head_teacher"))
    case = head.get(f"/schools/{school}/cases/{ref}").json()
    assert case["stage"] == "reported" and case["report"]["text"] == POST_TEXT
    assert case["report"]["text_sha256"] == hashlib.sha256(POST_TEXT.encode()).hexdigest()
    # "A useless teacher" breaches the parents' clause 10.3; "somebody should sort him out" reads as a threat.
    clauses = {f["category"]: f["clause"] for f in case["screenings"][0]["findings"]}
    assert clauses == {"disparaging": "10.3", "illegal": "protocol-3-police"}
    assert [s["key"] for s in case["steps"]][:3] == ["evidence", "report", "decision"]

    upload = io.BytesIO(png_bytes())
    upload.name = "capture.png"
    added = head.client.post(
        f"/api/schools/{school}/cases/{ref}/evidence", {"files": [upload], "note": "From the monitor"}
    )
    assert added.status_code == 201
    assert added.json()[0]["sha256"] == hashlib.sha256(png_bytes()).hexdigest()
    bad = io.BytesIO(b"<html><script>alert(1)</script></html>")
    bad.name = "capture.png"
    refused = head.client.post(f"/api/schools/{school}/cases/{ref}/evidence", {"files": [bad]})
    assert refused.status_code == 400 and "Only pictures" in refused.json()["detail"]

    wrong = head.post(f"/schools/{school}/cases/{ref}/outcome", {"removed": True})
    assert wrong.status_code == 400  # not at that stage yet
    assert (
        head.post(
            f"/schools/{school}/cases/{ref}/decision", {"route": "internal", "reason": "Not illegal"}
        ).json()["stage"]
        == "internal"
    )
    letters = head.post(
        f"/schools/{school}/cases/{ref}/letters",
        {"kind": "deletion-request", "signatory": "Eleri Davies", "extracts": ["a useless teacher"]},
    )
    assert letters.status_code == 201 and {item["language"] for item in letters.json()} == {"cy", "en"}
    english = next(item for item in letters.json() if item["language"] == "en")
    pdf = head.client.get(english["pdf"])
    data = b"".join(pdf.streaming_content)
    assert hashlib.sha256(data).hexdigest() == english["pdf_sha256"]
    assert "a useless teacher" in pdf_text(data) and "by 6pm on" in pdf_text(data)

    assert (
        head.post(f"/schools/{school}/cases/{ref}/outcome", {"removed": False}).json()["stage"] == "platform"
    )
    reported = head.post(
        f"/schools/{school}/cases/{ref}/platform-report",
        {"terms_breached": "Community Standards: bullying and harassment", "platform_reference": "FB-1"},
    )
    assert reported.status_code == 200
    assert (
        head.post(f"/schools/{school}/cases/{ref}/outcome", {"removed": True}).json()["stage"] == "resolved"
    )
    closed = head.post(
        f"/schools/{school}/cases/{ref}/close", {"outcome": "removed", "note": "Removed by Facebook"}
    )
    assert closed.json()["stage"] == "closed"
    timeline = [item["kind"] for item in head.get(f"/schools/{school}/cases/{ref}/timeline").json()]
    assert timeline[0] == "posted" and timeline[-1] == "closed" and "platform" in timeline
    listed = head.get(f"/schools/{school}/cases", status="closed").json()
    assert [c["reference"] for c in listed] == [ref]


def test_when_a_report_is_malformed_then_the_api_says_what_is_wrong(world):
    api = Api(world.user("staff"))
    response = api.post(f"/schools/{world.school.slug}/reports", {"kind": "gossip", "text": "x"})
    assert response.status_code == 422
    assert "kind" in str(response.json())


def test_when_a_token_is_revoked_then_it_no_longer_works(world):
    from django.utils import timezone

    token, raw = ApiToken.issue(user=world.user("head_teacher"), name="old")
    token.revoked_at = timezone.now()
    token.save()
    client = Client(headers={"Authorization": f"Bearer {raw}"})
    assert client.get(f"/api/schools/{world.school.slug}/cases").status_code == 401


def test_when_a_report_carries_nul_characters_then_they_are_dropped_not_stored(world):
    response = Api(world.user("staff")).post(
        f"/schools/{world.school.slug}/reports",
        {"kind": "post", "text": "Mr Jones\x00 is useless", "platform": "x"},
    )
    assert response.status_code == 201
    from safesocial.cases.models import Case

    assert Case.objects.get(reference=response.json()["reference"]).report.text == "Mr Jones is useless"


def test_when_a_file_is_downloaded_by_api_then_it_carries_the_same_protective_headers_as_the_web(world):
    from django.urls import reverse
    from tests.cases.conftest import report_post
    from tests.factories import PASSWORD

    from safesocial.cases.models import Evidence

    case = report_post(world)
    evidence = Evidence.objects.get(case=case)
    head = world.user("head_teacher")
    web = Client()
    assert web.login(username=head.username, password=PASSWORD)
    page = web.get(reverse("cases:evidence", args=[world.school.slug, case.reference, evidence.pk]))
    listed = Api(head).get(f"/schools/{world.school.slug}/cases/{case.reference}/evidence").json()
    api = Api(head).client.get(listed[0]["download"])
    assert api.status_code == page.status_code == 200
    for header in ("Content-Type", "Content-Disposition", "X-Content-Type-Options", "Cache-Control"):
        assert api[header] == page[header], header
    assert api["Content-Security-Policy"] == page["Content-Security-Policy"] == "default-src 'none'; sandbox"


@pytest.mark.parametrize(
    ("kind", "author_kind", "subject"),
    [("pupil-contact", "pupil", "reporter"), ("media", "public", "school"), ("safeguarding", None, "pupils")],
)
def test_when_a_report_is_filed_by_api_then_its_kind_sets_the_same_facts_as_the_web_form(
    world, kind, author_kind, subject
):
    from safesocial.cases.models import Case

    head = world.user("head_teacher")
    sent = {"kind": kind, "text": "Sent from the monitoring tool.", "platform": "x"}
    sent |= {"author_kind": "governor", "subject": "other"}  # what the kind already decides is not asked
    response = Api(head).post(f"/schools/{world.school.slug}/reports", sent)
    assert response.status_code == 201, response.content
    case = Case.objects.get(reference=response.json()["reference"])
    assert case.report.subject == subject
    assert case.report.author_kind == (author_kind or "governor")
    if kind == "pupil-contact":  # a pupil contacted the head: the head does not handle their own contact
        assert case.conflicts == ["head_teacher"] and "head_teacher" not in case.handlers
