"""The pack schema: what a pack may say, the cross-references it must keep, and the dates it derives."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from safesocial.policy import CATEGORIES, PolicyPack, Severity, Strength, bundled_pack_ids, load_bundled
from safesocial.policy.schema import Metadata, ScreeningRule


def test_when_a_rule_names_no_authors_or_accounts_then_it_covers_everyone_everywhere() -> None:
    rule = ScreeningRule(category="illegal", severity=Severity.ESCALATE)
    assert rule.authors == ["staff", "parent", "pupil", "governor", "public"]
    assert rule.accounts == ["personal", "school"]


def test_when_a_rule_names_an_unknown_category_then_the_categories_are_listed() -> None:
    with pytest.raises(ValidationError) as caught:
        ScreeningRule(category="pupil_image", severity=Severity.BREACH)
    message = str(caught.value)
    assert "'pupil_image' is not a screening category" in message
    assert "did you mean 'pupil-image'" in message
    assert all(category in message for category in CATEGORIES)


def test_when_clause_ids_repeat_and_references_dangle_then_each_is_a_separate_problem(
    pack_data: dict[str, Any],
) -> None:
    pack_data["clauses"][1]["id"] = "4.1"
    pack_data["processes"]["cycles"]["clauses"] = ["9.9"]
    with pytest.raises(ValidationError) as caught:
        PolicyPack.model_validate(pack_data)
    (error,) = caught.value.errors()
    problems = error["ctx"]["problems"]
    assert [p.loc for p in problems] == [
        ("clauses", 1, "id"),
        ("processes", "reporting_routes", 0, "clauses", 0),  # the renamed clause 7.2 is gone
        ("processes", "cycles", "clauses", 0),
    ]
    assert "used by another clause" in problems[0].message
    assert "'7.2'" in problems[1].message and "'9.9'" in problems[2].message


def test_when_a_pack_is_valid_then_its_categories_are_what_its_rules_address(
    pack_data: dict[str, Any],
) -> None:
    pack = PolicyPack.model_validate(pack_data)
    assert pack.categories() == {"pupil-contact", "safeguarding", "illegal", "extremism"}
    assert pack.clause("4.1").strength is Strength.MUST_NOT
    with pytest.raises(KeyError):
        pack.clause("1.1")


@pytest.mark.parametrize(
    ("fields", "due"),
    [
        ({"next_review": "2026-03-01", "last_reviewed": "2025-01-01"}, dt.date(2026, 3, 1)),
        ({"last_reviewed": "2021-10-19", "review_cycle_months": 12}, dt.date(2022, 10, 19)),
        ({"adopted": "2024-01-31", "review_cycle_months": 1}, dt.date(2024, 2, 29)),
        ({"adopted": "2023-11-15", "review_cycle_months": 36}, dt.date(2026, 11, 15)),
        ({}, None),
    ],
)
def test_when_the_policy_gives_no_review_date_then_it_is_worked_out_from_the_cycle(
    fields: dict[str, Any], due: dt.date | None
) -> None:
    meta = Metadata.model_validate(
        {
            "title": "T",
            "organisation": {"name": "S", "kind": "school"},
            "source": "s",
            "document_owner": "Head",
        }
        | fields
    )
    assert meta.review_due() == due


@pytest.mark.parametrize("pack_id", bundled_pack_ids())
def test_when_a_bundled_pack_is_loaded_then_every_process_reference_resolves(pack_id: str) -> None:
    assert load_bundled(pack_id).pack.reference_problems() == []
