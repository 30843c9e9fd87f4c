"""Verdicts follow the bundled packs: the clause each finding cites, the severity for this author and
account, and the actions. Posts in the spirit of each pack's labelled examples, on our own test school."""

from __future__ import annotations

from typing import Any

import pytest

from safesocial.policy.loader import bundled_pack_ids
from safesocial.screening import Decision, Screener


def screen(policy: str, profile: dict[str, Any], text: str, **fields: Any) -> Decision:
    record: dict[str, Any] = {
        "id": "p", "text": text, "account": "personal", "author_role": "staff", "platform": "facebook",
        "audience": "public", "posted_at": "2026-01-24T10:00:00",
        "profile": {"display_name": "", "bio": "Views my own."},
    }  # fmt: skip
    record.update(fields)
    return Screener.for_policy(policy, profile, offensive_model=False).screen(record)


CASES = [
    ("bwmat", "Brilliant INSET day with the trust today", {}, "advise", {"school-reference"}),
    ("archbishop-hutton", "Great school trip to the castle today!", {}, "breach", {"school-reference"}),
    (
        "generic-school",
        "The new uniform policy is the worst idea SLT have had",
        {},
        "breach",
        {"policy-opinion"},
    ),
    ("robert-carre", "Scrolling on my lunch break", {"posted_at": "2026-01-20T12:30:00"}, "ok", set()),
    (
        "robert-carre",
        "Anyone else's Tuesday dragging?",
        {"posted_at": "2026-01-20T14:00:00"},
        "breach",
        {"working-time"},
    ),
    (
        "ysgol-llanbedrog",
        "I'll smash the windows of that school if they exclude my boy",
        {"author_role": "parent"},
        "escalate",
        {"illegal"},
    ),
    (
        "robert-carre",
        "He sends me pictures and says keep it secret, he's 30 and I'm 14",
        {"author_role": "pupil", "audience": "direct", "recipient_role": "staff"},
        "escalate",
        {"safeguarding"},
    ),
]


@pytest.mark.parametrize(("policy", "text", "fields", "verdict", "categories"), CASES)
def test_when_a_pack_rules_on_a_post_then_the_verdict_follows_its_severity(
    profile_data: dict[str, Any],
    policy: str,
    text: str,
    fields: dict[str, Any],
    verdict: str,
    categories: set[str],
) -> None:
    if policy not in bundled_pack_ids():
        pytest.fail(f"bundled pack {policy} is missing")
    d = screen(policy, profile_data, text, **fields)
    assert d.verdict == verdict
    assert categories <= {f.category for f in d.findings}


def test_when_a_category_escalates_then_the_dsl_action_is_included(profile_data: dict[str, Any]) -> None:
    d = screen("bwmat", profile_data, "Anyone want some weed? Cheap, message me")
    assert d.verdict == "escalate"
    assert any("Designated Safeguarding Lead" in a for a in d.actions)
    assert len(d.actions) == len(set(d.actions))


def test_when_a_policy_does_not_address_a_category_then_it_is_not_reported(
    profile_data: dict[str, Any],
) -> None:
    # Ysgol Llanbedrog's policy says nothing about mere references to the school.
    d = screen("ysgol-llanbedrog", profile_data, "Lovely assembly this morning")
    assert "school-reference" not in {f.category for f in d.findings}


def test_when_findings_are_reported_then_each_cites_a_clause_of_the_pack(
    profile_data: dict[str, Any],
) -> None:
    from safesocial.policy import load_pack

    pack = load_pack("bwmat").pack
    d = screen("bwmat", profile_data, "Hope Adeyemi was an absolute nightmare in class today")
    assert d.findings
    for f in d.findings:
        assert pack.clause(f.clause or "")
        assert f.start is not None and f.end is not None and f.evidence
    record = d.to_dict()
    assert record["policy"] == "bwmat" and record["verdict"] == "breach"


def test_when_a_decision_is_stored_then_the_digest_masks_pupils(profile_data: dict[str, Any]) -> None:
    d = screen("bwmat", profile_data, "Hope Adeyemi's parents are splitting up, call her mum on 07700 900123")
    assert d.digest is not None
    assert "Adeyemi" not in d.digest.masked_text and "900123" not in d.digest.masked_text
    assert len(d.digest.sha256) == 64


def test_when_a_post_is_a_megabyte_then_it_is_still_screened(profile_data: dict[str, Any]) -> None:
    d = screen("bwmat", profile_data, "Tyler Brennan was a nightmare. " * 35_000)
    assert d.verdict == "breach"
