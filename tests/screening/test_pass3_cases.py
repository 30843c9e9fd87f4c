"""The third pass's blind waves (tests/screening/cases/pass3/): that the case file is what its tables say,
that the schools and people are new, and that the waves are mixed. The screener's figures on them are checked
in test_eval_unseen.py; their first-look figures are in cases/pass3/README.md."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

from tests.screening.casefiles import CASES_DIR, POLICIES, load_module, profile_names, read_cases

PASS3 = CASES_DIR / "pass3"


def _module() -> ModuleType:
    return load_module("safesocial_pass3_cases", PASS3 / "build_pass3.py")


def _cases() -> list[dict[str, Any]]:
    return read_cases(PASS3 / "cases.jsonl")


def test_when_the_tables_are_built_then_the_case_file_matches_them() -> None:
    built = _module()
    assert (PASS3 / "cases.jsonl").read_text(encoding="utf-8") == built.dumps(built.build()), (
        "pass3/cases.jsonl differs from build_pass3.py: edit the tables and run it"
    )


def test_when_counted_then_every_wave_is_mixed_and_covers_every_policy() -> None:
    cases = _cases()
    assert len({c["id"] for c in cases}) == len(cases)
    waves = {c["id"].split("-")[0] for c in cases}
    for wave in waves:
        mine = [c for c in cases if c["id"].startswith(wave + "-")]
        assert {c["policy"] for c in mine} == set(POLICIES), wave
        clean = [c for c in mine if "ok" in c["expect"]["verdicts"]]
        escalations = [c for c in mine if c["expect"]["verdicts"] == ["escalate"]]
        assert len(clean) / len(mine) >= 0.15 and escalations, wave
        welsh = [c for c in mine if c["policy"] == "ysgol-llanbedrog" and " yn " in f" {c['post']['text']} "]
        assert len(welsh) >= 3, wave


def test_when_the_profiles_are_read_then_the_schools_and_people_are_new() -> None:
    mine = set().union(*(profile_names(PASS3 / "profiles" / f"{p}.json") for p in POLICIES))
    others = [CASES_DIR / f"{p}.json" for p in POLICIES]
    others += [
        CASES_DIR / sub / f"{p}.json"
        for sub in (
            "fresh",
            "heldout1/profiles",
            "heldout2/profiles",
            "heldout3/profiles",
            "heldout4/profiles",
            "heldout5a/profiles",
            "heldout5b/profiles",
        )
        for p in POLICIES
    ]
    elsewhere = set().union(*(profile_names(path) for path in others))
    assert not mine & elsewhere
    for policy in POLICIES:
        people = json.loads((PASS3 / "profiles" / f"{policy}.json").read_text(encoding="utf-8"))["people"]
        assert any(p.get("no_publish") for p in people), policy
