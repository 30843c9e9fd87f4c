"""The Bath & Wells Multi Academy Trust pack: it loads, quotes the policy word for word, covers its rules, and
gives the screener the severities the policy sets for each author and account."""

from __future__ import annotations

import pytest
from tests.policy.packs import (
    assert_escalates_everywhere,
    assert_governs,
    assert_not_addressed,
    assert_silent,
    measured_coverage,
    pack_fixture,
    seed_fixture,
)

from safesocial.policy import PolicyPack

PACK_ID = "bwmat"
SEED = "000_cf105ade29c3906c.txt"
COVERAGE_FLOOR = 0.90

pack = pack_fixture(PACK_ID)
seed_text = seed_fixture(SEED)


def test_when_the_pack_file_is_loaded_then_it_validates_as_the_trust_policy(pack: PolicyPack) -> None:
    assert pack.id == PACK_ID
    assert pack.metadata.organisation.name == "Bath & Wells Multi Academy Trust"
    assert pack.metadata.organisation.kind == "trust"
    assert pack.metadata.document_owner == "HR"
    last, due = pack.metadata.last_reviewed, pack.metadata.next_review
    assert last is not None and due is not None
    assert ((last.year, last.month), (due.year, due.month)) == ((2016, 12), (2019, 12))
    assert pack.metadata.review_cycle_months == 36


def test_when_coverage_is_measured_then_at_least_90_percent_of_normative_sentences_are_captured(
    pack: PolicyPack, seed_text: str
) -> None:
    report = measured_coverage(pack, seed_text)
    assert len(report.normative) > 30  # the seed was read and split, not an empty file
    assert report.fraction >= COVERAGE_FLOOR, report.uncovered


@pytest.mark.parametrize(
    ("category", "author", "account", "severity", "clause"),
    [
        # Labelled decisions the screener is scored on.
        ("pupil-contact", "staff", "personal", "breach", "4.3.1"),
        ("personal-contact-details", "staff", "personal", "breach", "4.3.4"),
        ("pupil-identity", "staff", "personal", "breach", "4.3.6-b"),
        ("disparaging", "staff", "personal", "breach", "4.3.8"),
        ("pupil-image", "staff", "personal", "breach", "4.3.7"),
        ("confidential", "staff", "personal", "breach", "4.3.6-c"),
        ("school-reference", "staff", "personal", "advise", "4.3.6"),
        ("discriminatory", "staff", "personal", "breach", "4.3.5"),
        # Further rules the policy sets for colleagues.
        ("community-reference", "staff", "personal", "breach", "4.3.6-b"),
        ("missing-disclaimer", "staff", "personal", "breach", "4.3.6-a"),
        ("school-identity", "staff", "personal", "breach", "4.3.10"),
        ("media", "staff", "personal", "breach", "4.3.11"),
        ("political-influence", "staff", "personal", "breach", "4.3.13"),
        ("offensive", "staff", "school", "breach", "4.3.5"),
        ("harassment", "staff", "personal", "breach", "2.5"),
        ("confidential", "staff", "school", "breach", "4.3.9"),
        ("pupil-image", "staff", "school", "breach", "5.1"),
        # "Colleagues" includes governors (2.1).
        ("pupil-contact", "governor", "personal", "breach", "4.3.1"),
        ("school-reference", "governor", "personal", "advise", "4.3.6"),
        # Parents and the public are encouraged to raise concerns with the Head Teacher (3.5), not bound.
        ("disparaging", "parent", "personal", "advise", "3.5"),
        ("defamatory", "public", "personal", "advise", "3.5"),
        ("harassment", "parent", "personal", "advise", "2.5-report"),
        # Pupils' inappropriate behaviour online goes through the pupil disciplinary process.
        ("harassment", "pupil", "personal", "breach", "5.1-pupil-behaviour"),
        ("pupil-contact", "pupil", "personal", "advise", "4.3.3"),
    ],
)
def test_when_a_category_is_screened_then_the_policy_sets_its_severity_and_clause(
    pack: PolicyPack, category: str, author: str, account: str, severity: str, clause: str
) -> None:
    assert_governs(pack, category, author, account, severity, clause)


@pytest.mark.parametrize(
    ("category", "author", "account"),
    [
        ("pupil-contact", "staff", "school"),  # school systems are the approved channel (3.4)
        ("school-reference", "staff", "school"),
        ("school-reference", "parent", "personal"),
        ("pupil-identity", "parent", "personal"),
    ],
)
def test_when_the_policy_is_silent_for_this_author_or_account_then_nothing_governs(
    pack: PolicyPack, category: str, author: str, account: str
) -> None:
    assert_silent(pack, category, author, account)


@pytest.mark.parametrize(
    "category", ["working-time", "copyright", "professional-reference", "policy-opinion"]
)
def test_when_the_policy_does_not_address_a_category_then_no_author_or_account_is_governed(
    pack: PolicyPack, category: str
) -> None:
    assert_not_addressed(pack, category)


@pytest.mark.parametrize(
    ("category", "clause"), [("safeguarding", "4.3.14"), ("extremism", "4.3.14"), ("illegal", "2.8")]
)
def test_when_an_escalation_category_is_screened_then_it_escalates_for_every_author_and_account(
    pack: PolicyPack, category: str, clause: str
) -> None:
    assert_escalates_everywhere(pack, category, lambda author: clause)


def test_when_a_pupil_starts_contact_then_the_report_goes_to_line_manager_head_or_dsl(
    pack: PolicyPack,
) -> None:
    route = next(r for r in pack.processes.reporting_routes if "4.3.3" in r.clauses)
    assert set(route.report_to) == {"line_manager", "head_teacher", "dsl"}


@pytest.mark.parametrize(
    ("route_id", "report_to", "external"),
    [
        ("illegal", {"head_teacher", "trust_central"}, {"police"}),
        ("safeguarding", {"dsl", "head_teacher"}, set()),
        ("media", {"head_teacher", "line_manager"}, set()),
        ("pupil-behaviour", {"head_teacher", "slt"}, set()),
    ],
)
def test_when_a_concern_is_reported_then_it_goes_where_the_policy_says(
    pack: PolicyPack, route_id: str, report_to: set[str], external: set[str]
) -> None:
    route = next(r for r in pack.processes.reporting_routes if r.id == route_id)
    assert set(route.report_to) == report_to
    assert set(route.external) == external


def test_when_the_review_cycle_is_read_then_it_asks_for_declarations_and_induction(pack: PolicyPack) -> None:
    cycles = pack.processes.cycles
    assert cycles.review_cycle_months == 36
    assert cycles.declarations is True  # 2.3: declare a relationship with a pupil
    assert cycles.induction is True  # 3.3: part of new staff's induction
    assert {"staff", "volunteers", "governors"} <= set(cycles.acknowledgement_binds)
    assert "trust_central" in cycles.review_owner


@pytest.mark.parametrize(
    ("policy_name", "role"),
    [
        ("Head Teacher", "head_teacher"),
        ("BWMAT Central Team", "trust_central"),
        ("senior leadership team", "slt"),
    ],
)
def test_when_the_policy_names_a_role_then_it_maps_to_a_product_role(
    pack: PolicyPack, policy_name: str, role: str
) -> None:
    mapping = next(m for m in pack.roles if m.policy_name == policy_name)
    assert role in mapping.maps_to
