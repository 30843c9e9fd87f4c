"""The fresh schools' labelled set (tests/screening/cases/fresh.jsonl, profiles in cases/fresh/): that it is
what its table says, new, large and mixed enough, and that it covers every category each policy addresses.
The screener's figures on it are checked in test_eval_unseen.py."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

from tests.screening.casefiles import CASES_DIR, POLICIES, load_module, profile_names, read_cases

from safesocial.policy.loader import load_pack

FRESH_DIR = CASES_DIR / "fresh"


def _module() -> ModuleType:
    return load_module("safesocial_fresh_cases", CASES_DIR / "build_fresh.py")


def _cases() -> list[dict[str, Any]]:
    return read_cases(CASES_DIR / "fresh.jsonl")


def test_when_the_table_is_built_then_the_case_file_matches_it() -> None:
    built = _module()
    assert (CASES_DIR / "fresh.jsonl").read_text(encoding="utf-8") == built.dumps(built.build()), (
        "fresh.jsonl differs from build_fresh.py: edit the table and run it"
    )


def test_when_counted_then_the_set_is_large_mixed_and_bilingual() -> None:
    cases = _cases()
    assert len(cases) >= 150
    assert len({c["id"] for c in cases}) == len(cases)
    clean = [c for c in cases if "ok" in c["expect"]["verdicts"]]
    assert len(clean) / len(cases) >= 0.30
    assert {c["policy"] for c in cases} == set(POLICIES)
    welsh = [c for c in cases if c["policy"] == "ysgol-llanbedrog" and " yn " in f" {c['post']['text']} "]
    assert len(welsh) >= 10


def test_when_the_profiles_are_read_then_the_schools_and_people_are_new() -> None:
    fresh = set().union(*(profile_names(FRESH_DIR / f"{p}.json") for p in POLICIES))
    elsewhere = set().union(*(profile_names(CASES_DIR / f"{p}.json") for p in POLICIES))
    assert not fresh & elsewhere
    for policy in POLICIES:
        profile = json.loads((FRESH_DIR / f"{policy}.json").read_text(encoding="utf-8"))
        people = profile["people"]
        assert any(p.get("no_publish") for p in people) and any(p.get("known_as") for p in people)
        assert {"pupil", "staff", "parent", "governor"} <= {p["role"] for p in people}


def test_when_compared_with_the_packs_then_every_addressed_category_is_required_somewhere() -> None:
    cases = _cases()
    for policy in POLICIES:
        addressed = set(load_pack(policy).pack.categories())
        required = {cat for c in cases if c["policy"] == policy for cat in c["expect"]["categories"]}
        assert addressed <= required, (policy, sorted(addressed - required))
