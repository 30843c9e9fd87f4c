"""Fixtures for screener tests: a pack that addresses every category, and a school profile with names that
are also ordinary words, known-as names, a no-publish pupil and Welsh names."""

from __future__ import annotations

import json
from typing import Any

import pytest

from safesocial.policy.loader import LoadedPack, parse_pack
from safesocial.policy.schema import CATEGORIES
from safesocial.screening import Screener

ADVISORY = {"school-reference", "copyright"}


def every_category_pack(*, languages: list[str] | None = None) -> LoadedPack:
    """A pack with one clause per category, for every author and account: detector behaviour is then
    visible in the findings whatever the bundled packs say."""
    clauses: list[dict[str, Any]] = [
        {
            "id": f"c-{cat}",
            "topic": cat,
            "quote": f"Rule about {cat}.",
            "strength": "must-not",
            "binds": ["staff"],
            "applies_to": ["working-time", "school-equipment"] if cat == "working-time" else [],
            "screening": [{"category": cat, "severity": "advise" if cat in ADVISORY else "breach"}],
            "actions": [f"Act on {cat}."],
        }
        for cat in CATEGORIES
    ]
    data = {
        "id": "every-category",
        "metadata": {
            "title": "Every category",
            "organisation": {"name": "Test", "kind": "template"},
            "source": "tests",
            "languages": languages or ["en", "cy"],
            "document_owner": "Tests",
        },
        "clauses": clauses,
        "processes": {
            "cycles": {
                "review_cycle_months": 12,
                "review_owner": ["head_teacher"],
                "acknowledgement_binds": ["staff"],
            }
        },
    }
    return parse_pack(data, source="tests:every-category")


PROFILE: dict[str, Any] = {
    "school": {
        "name": "Oakfield Primary School",
        "aliases": ["Oakfield Primary", "Oakfield"],
        "handles": ["@OakfieldPri"],
        "domains": ["oakfield.example.sch.uk"],
    },
    "trust": {"name": "Severn Vale Learning Trust", "aliases": ["SVLT"]},
    "timezone": "Europe/London",
    "working_hours": {
        "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        "start": "08:30",
        "end": "15:30",
        "breaks": [["10:30", "10:45"], ["12:00", "13:00"]],
    },
    "people": [
        {"name": "Grace Whitfield", "role": "pupil", "known_as": ["Gracie"], "year_group": "Year 4"},
        {"name": "Hope Adeyemi", "role": "pupil", "year_group": "Year 6"},
        {"name": "Rose Kowalski", "role": "pupil", "year_group": "Year 2"},
        {"name": "Tyler Brennan", "role": "pupil", "year_group": "Year 5", "no_publish": True},
        {"name": "Carys Pritchard", "role": "pupil", "year_group": "Blwyddyn 3"},
        {"name": "Gethin Morgan", "role": "pupil", "year_group": "Blwyddyn 5", "no_publish": True},
        {"name": "Bethan Roberts", "role": "staff", "job": "Headteacher"},
        {"name": "Marcus Doyle", "role": "staff", "job": "Teacher"},
        {"name": "Lisa Brennan", "role": "parent"},
        {"name": "Harold Finch", "role": "governor", "job": "Chair of Governors"},
    ],
}


@pytest.fixture(scope="session")
def category_pack() -> LoadedPack:
    """The pack that addresses every category, for tests that bring their own school profile."""
    return every_category_pack()


@pytest.fixture(scope="session")
def screener() -> Screener:
    return Screener.for_policy(every_category_pack(), PROFILE, offensive_model=False)


@pytest.fixture(scope="session")
def make_post() -> Any:
    return post


def post(text: str, **fields: Any) -> dict[str, Any]:
    """A staff member's public post on a personal account, on a Saturday, with a disclaimer in the bio,
    unless the test says otherwise."""
    record: dict[str, Any] = {
        "id": "t1",
        "text": text,
        "account": "personal",
        "author_role": "staff",
        "platform": "facebook",
        "audience": "public",
        "posted_at": "2026-01-24T10:00:00",
        "device": "personal",
        "profile": {"display_name": "", "bio": "Views my own."},
    }
    record.update(fields)
    return record


@pytest.fixture
def profile_data() -> dict[str, Any]:
    return json.loads(json.dumps(PROFILE))
