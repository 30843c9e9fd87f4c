"""The Robert Carre Trust pack: a trust policy for employees, consultants, contractors, casual and agency
staff, giving the screener the severities the policy sets for each author and account."""

from __future__ import annotations

import pytest
from tests.policy.packs import assert_governs, assert_silent, pack_fixture, seed_fixture

from safesocial.policy import PolicyPack, pack_coverage

PACK_ID = "robert-carre"
SEED = "004_d9599f9ba3ce79de.txt"

pack = pack_fixture(PACK_ID)

seed_text = seed_fixture(SEED)


def test_when_loaded_then_it_is_the_trust_policy_agreed_by_slt(pack: PolicyPack) -> None:
    meta = pack.metadata
    assert (meta.organisation.name, meta.organisation.kind) == ("Robert Carre Trust", "trust")
    assert meta.adopted is not None and (meta.adopted.year, meta.adopted.month) == (2020, 12)
    assert meta.next_review is not None and (meta.next_review.year, meta.next_review.month) == (2021, 11)
    assert meta.review_cycle_months == 12
    roles = {r.policy_name: r.maps_to for r in pack.roles}
    assert roles["Executive Headteacher/Head of School"] == ["head_teacher"]
    assert roles["ICT Services Manager"] == ["ict_manager"]
    assert roles["Designated Safeguarding Lead"] == ["dsl"]


@pytest.mark.data
def test_when_checked_against_the_policy_then_coverage_is_complete_and_quotes_verbatim(
    pack: PolicyPack, seed_text: str
) -> None:
    report = pack_coverage(pack, seed_text)
    assert report.fraction >= 0.95, report.uncovered
    assert report.not_verbatim == []


@pytest.mark.parametrize(
    ("category", "author", "account", "severity", "clause"),
    [
        # Labelled decisions the screener is scored on.
        ("professional-reference", "staff", "personal", "breach", "references"),
        ("pupil-contact", "staff", "personal", "breach", "safeguarding-students"),
        ("working-time", "staff", "personal", "breach", "personal-use"),
        ("personal-data", "staff", "personal", "breach", "enforcement-forbidden"),
        ("pupil-image", "staff", "school", "breach", "enforcement-forbidden"),
        ("safeguarding", "pupil", "personal", "escalate", "safeguarding-report"),
        # The rest of the policy.
        ("personal-contact-details", "staff", "personal", "breach", "safeguarding-students"),
        ("disparaging", "staff", "personal", "breach", "reputation-disparaging"),
        ("defamatory", "staff", "school", "breach", "reputation-disparaging"),
        ("harassment", "staff", "personal", "breach", "related-harass"),
        ("discriminatory", "staff", "personal", "breach", "related-discriminate"),
        ("offensive", "staff", "personal", "breach", "respect-offensive"),
        ("confidential", "staff", "personal", "breach", "related-confidentiality"),
        ("media", "staff", "personal", "breach", "business-media"),
        ("missing-disclaimer", "staff", "personal", "breach", "reputation-disclaimer"),
        ("school-identity", "staff", "personal", "breach", "ip-logos"),
        ("policy-opinion", "staff", "personal", "advise", "reputation-sensitive-topics"),
        ("copyright", "staff", "personal", "advise", "ip-others"),
        ("harassment", "pupil", "personal", "breach", "victims-students"),
        ("harassment", "parent", "personal", "breach", "victims-parents"),
        ("illegal", "public", "personal", "escalate", "enforcement-safeguarding"),
        ("extremism", "staff", "school", "escalate", "safeguarding-report"),
    ],
)
def test_when_a_category_is_screened_then_the_policy_sets_its_severity(
    pack: PolicyPack, category: str, author: str, account: str, severity: str, clause: str
) -> None:
    assert_governs(pack, category, author, account, severity, clause)


@pytest.mark.parametrize(
    ("category", "author"),
    [
        ("school-reference", "staff"),  # staff may say where they work, with a disclaimer
        ("community-reference", "staff"),
        ("pupil-identity", "staff"),
        ("political-influence", "staff"),
        ("disparaging", "parent"),  # the policy binds staff; parents only when they abuse staff
    ],
)
def test_when_the_policy_is_silent_then_the_category_is_not_addressed(
    pack: PolicyPack, category: str, author: str
) -> None:
    assert_silent(pack, category, author, "personal")


def test_when_staff_need_to_report_then_each_concern_has_its_own_route(pack: PolicyPack) -> None:
    routes = {r.id: r for r in pack.processes.reporting_routes}
    assert routes["safeguarding"].report_to == ["dsl"]
    assert routes["reputation"].report_to == ["ict_manager"]
    assert routes["media"].report_to == ["school_admin"]  # the Executive Headteacher's PA
    assert routes["targeted"].report_to == ["head_teacher"]
    assert "police" in routes["offence"].external


def test_when_staff_speak_for_the_trust_then_approval_is_from_manager_or_head(pack: PolicyPack) -> None:
    case = pack.processes.account_creation
    assert case is not None
    assert case.approver == ["line_manager", "head_teacher"]
    assert case.runners_need == ["training"]


def test_when_the_policy_sets_no_protocol_then_the_pack_has_none_and_keeps_declarations(
    pack: PolicyPack,
) -> None:
    assert pack.processes.inappropriate_post_protocol is None  # the policy sets no letters or deadline
    cycles = pack.processes.cycles
    assert cycles.declarations is True and "safeguarding-family" in cycles.clauses
    assert (cycles.review_cycle_months, cycles.review_owner) == (12, ["head_teacher", "slt"])
