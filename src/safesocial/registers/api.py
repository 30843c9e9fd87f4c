"""The registers JSON API (mounted at /api/registers/, bearer-token auth, schema at /api/openapi.json).

For a school's own systems: who has confirmed the current policy (leaders only), and "check my post" for a
draft (nothing is stored). A token acts as its user, with that user's roles; the same selectors and services
as the pages decide, so a school the user has no role at is a 404.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import Http404, HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from safesocial.registers import selectors as sel
from safesocial.registers import services
from safesocial.registers.screening import MAX_DRAFT_CHARS, draft_post
from safesocial.schools.selectors import access_school

router = Router(tags=["registers"])


class ConfirmationOut(Schema):
    username: str
    name: str
    confirmed_at: dt.datetime | None
    last_reminded_at: dt.datetime | None


class AcknowledgementsOut(Schema):
    revision: str | None
    confirmed: int
    not_confirmed: int
    people: list[ConfirmationOut]


class PostIn(Schema):
    text: str = Field(max_length=MAX_DRAFT_CHARS)
    account: Literal["personal", "school"] = "personal"
    platform: str = Field("other", max_length=20)
    audience: Literal["public", "friends", "direct"] = "public"
    image_description: str = Field("", max_length=2000)


class FindingOut(Schema):
    category: str
    label: str
    severity: str
    clause: str | None
    clause_quote: str
    summary: str
    do_instead: str
    actions: list[str]


class CheckOut(Schema):
    verdict: str
    message: str
    policy: str
    findings: list[FindingOut]


def _school(request: HttpRequest, slug: str):  # type: ignore[no-untyped-def]
    try:
        return access_school(request.user, slug)
    except Http404:
        raise HttpError(404, "Not found") from None


@router.get("/{school_slug}/acknowledgements", response=AcknowledgementsOut)
def acknowledgements(request: HttpRequest, school_slug: str) -> AcknowledgementsOut:
    """Who must confirm the school's current policy, and who has. Leaders only."""
    school, _roles = _school(request, school_slug)
    try:
        rows = sel.access_acknowledgement_register(request.user, school)  # type: ignore[arg-type]
    except Http404:
        raise HttpError(404, "Not found") from None
    revision = school.policy_revision
    people = [
        ConfirmationOut(
            username=r.user.username,
            name=r.user.display_name(),
            confirmed_at=r.acknowledged_at,
            last_reminded_at=r.reminded_at,
        )
        for r in rows
    ]
    done = sum(1 for p in people if p.confirmed_at)
    return AcknowledgementsOut(
        revision=str(revision) if revision else None,
        confirmed=done,
        not_confirmed=len(people) - done,
        people=people,
    )


@router.post("/{school_slug}/check-post", response=CheckOut)
def check_post(request: HttpRequest, school_slug: str, payload: PostIn) -> CheckOut:
    """Screen a draft under the school's policy. Nothing is stored."""
    school, _roles = _school(request, school_slug)
    post = draft_post(
        text=payload.text,
        account=payload.account,
        platform=payload.platform.lower(),
        audience=payload.audience,
        image_description=payload.image_description,
    )
    result = services.post_check(school=school, user=request.user, post=post)  # type: ignore[arg-type]
    return CheckOut(
        verdict=result.verdict,
        message=result.verdict_label,
        policy=result.pack_label,
        findings=[
            FindingOut(
                category=f.category,
                label=f.label,
                severity=f.severity,
                clause=f.clause_id,
                clause_quote=f.clause_quote,
                summary=f.summary,
                do_instead=f.do_instead,
                actions=list(f.actions),
            )
            for f in result.findings
        ],
    )
