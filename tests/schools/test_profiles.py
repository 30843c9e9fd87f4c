"""The screener's profile of a school, built from the database in the contract's format."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.factories import make_person, make_school, make_trust

from safesocial.schools.profiles import screening_profile_for

pytestmark = pytest.mark.django_db


def test_when_a_school_is_profiled_then_names_hours_and_people_follow_the_contract():
    school = make_school(
        "Hillside Primary",
        slug="hillside",
        aliases=["Hillside", "hillside"],
        handles=["@HillsidePri"],
        domains=["Hillside.example.sch.uk"],
        day_start=dt.time(8, 15),
        day_end=dt.time(15, 45),
        breaks=[["12:00", "13:00"]],
        affiliations=["Severn Learning Partnership"],
    )
    make_person(
        school,
        "pupil",
        "Ffion",
        "Hughes",
        known_as=["Ffi", "Ffion Hughes"],
        year_group="Year 5",
        no_publish=True,
        image_consent="refused",
    )
    make_person(school, "staff", "Gareth", "Evans", job_title="Headteacher")
    make_person(school, "parent", "Sian", "Evans", email="sian@example.org", phone="07700 900123")
    make_person(school, "pupil", "Left", "Already", active=False)
    profile = screening_profile_for(school)
    assert profile["school"] == {
        "name": "Hillside Primary",
        "aliases": ["Hillside"],
        "handles": ["@HillsidePri"],
        "domains": ["hillside.example.sch.uk"],
    }
    assert profile["trust"] == {"name": "Severn Learning Partnership", "aliases": []}
    assert profile["timezone"] == "Europe/London"
    assert profile["working_hours"] == {
        "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        "start": "08:15",
        "end": "15:45",
        "breaks": [["12:00", "13:00"]],
    }
    assert profile["people"] == [
        {
            "name": "Ffion Hughes",
            "role": "pupil",
            "known_as": ["Ffi"],
            "year_group": "Year 5",
            "no_publish": True,
            "image_consent": False,
        },
        {"name": "Gareth Evans", "role": "staff", "job": "Headteacher"},
        {"name": "Sian Evans", "role": "parent"},
    ]


def test_when_a_school_is_in_a_trust_then_the_trust_and_the_policys_bodies_are_named():
    trust = make_trust("Severn Learning Trust", slug="severn")
    trust.aliases = ["SLT Severn"]
    trust.save()
    school = make_school(trust=trust, affiliations=["Diocese of Bath and Wells"])
    assert screening_profile_for(school)["trust"] == {
        "name": "Severn Learning Trust",
        "aliases": ["SLT Severn", "Diocese of Bath and Wells"],
    }


def test_when_a_standalone_school_names_no_other_body_then_the_trust_is_empty():
    assert screening_profile_for(make_school())["trust"] == {"name": None, "aliases": []}
