"""The Ysgol Llanbedrog pack: a bilingual Gwynedd school whose internal protocol for inappropriate posts
(steps, Annex A and B letters, a 48-hour deletion deadline) is the model for case handling, and whose rules
give the screener the severities the policy sets for each author and account."""

from __future__ import annotations

import pytest
from tests.policy.packs import assert_governs, assert_silent, pack_fixture, seed_fixture

from safesocial.policy import PolicyPack, pack_coverage
from safesocial.policy.coverage import quote_is_verbatim
from safesocial.policy.schema import Protocol

PACK_ID = "ysgol-llanbedrog"
SEED = "003_53beb8f5aae8225d.txt"

pack = pack_fixture(PACK_ID)


@pytest.fixture(scope="module")
def protocol(pack: PolicyPack) -> Protocol:
    assert pack.processes.inappropriate_post_protocol is not None
    return pack.processes.inappropriate_post_protocol


seed_text = seed_fixture(SEED)


def test_when_loaded_then_it_is_the_bilingual_gwynedd_school_policy(pack: PolicyPack) -> None:
    meta = pack.metadata
    assert (meta.organisation.name, meta.organisation.kind) == ("Ysgol Llanbedrog", "school")
    assert (meta.organisation.country, meta.organisation.local_authority) == ("wales", "Gwynedd")
    assert meta.languages == ["cy", "en"]
    assert meta.last_reviewed is not None and meta.last_reviewed.isoformat() == "2021-10-19"
    due = meta.review_due()  # "Tymor yr Hydref (blynyddol)": a year after the last signature
    assert meta.next_review is None and due is not None and due.isoformat() == "2022-10-19"
    assert {r.policy_name: r.maps_to for r in pack.roles}["Cadeirydd y Llywodraethwyr"] == [
        "chair_of_governors"
    ]
    assert {r.policy_name: r.maps_to for r in pack.roles}["School Management Team (SMT)"] == ["slt"]


@pytest.mark.data
def test_when_checked_against_the_policy_then_coverage_is_complete_and_quotes_verbatim(
    pack: PolicyPack, seed_text: str
) -> None:
    report = pack_coverage(pack, seed_text)
    assert report.fraction >= 0.95, report.uncovered
    assert report.not_verbatim == [] and report.letters_not_verbatim == []


@pytest.mark.parametrize(
    ("category", "author", "account", "severity", "clause"),
    [
        # Labelled decisions the screener is scored on.
        ("pupil-contact", "staff", "personal", "breach", "10.2"),
        ("pupil-image", "staff", "school", "breach", "9-permission"),
        ("disparaging", "parent", "personal", "breach", "10.3"),
        ("missing-disclaimer", "staff", "personal", "breach", "1.3"),
        ("illegal", "parent", "personal", "escalate", "protocol-3-police"),
        # The rest of the policy.
        ("pupil-image", "staff", "personal", "breach", "9-school-accounts-only"),
        ("working-time", "staff", "personal", "breach", "10.1"),
        ("confidential", "staff", "personal", "breach", "5-confidentiality"),
        ("media", "staff", "personal", "breach", "5-journalist"),
        ("copyright", "staff", "school", "breach", "6-copyright"),
        ("offensive", "pupil", "personal", "breach", "10.2-pupils"),
        ("harassment", "public", "personal", "breach", "protocol-definition"),
        ("school-identity", "staff", "personal", "advise", "checklist-branding"),
        ("personal-contact-details", "staff", "personal", "advise", "checklist-personal-information"),
        ("policy-opinion", "staff", "school", "breach", "school-donts-content"),
        ("safeguarding", "pupil", "personal", "escalate", "protocol-3-safety"),
        ("extremism", "public", "school", "escalate", "protocol-3-police"),
        ("illegal", "staff", "personal", "escalate", "5-illegal"),
    ],
)
def test_when_a_category_is_screened_then_the_policy_sets_its_severity(
    pack: PolicyPack, category: str, author: str, account: str, severity: str, clause: str
) -> None:
    assert_governs(pack, category, author, account, severity, clause)


@pytest.mark.parametrize(
    ("category", "author", "account"),
    [
        ("school-reference", "staff", "personal"),  # staff may mention the school, with a disclaimer
        ("professional-reference", "staff", "personal"),
        ("political-influence", "staff", "personal"),
        ("community-reference", "staff", "personal"),
        ("missing-disclaimer", "parent", "personal"),
        ("pupil-contact", "staff", "school"),  # 1.5: staff may talk with learners via a school account
    ],
)
def test_when_the_policy_is_silent_then_the_category_is_not_addressed(
    pack: PolicyPack, category: str, author: str, account: str
) -> None:
    assert_silent(pack, category, author, account)


def test_when_a_post_is_inappropriate_then_the_protocol_steps_run_in_the_policy_order(
    protocol: Protocol,
) -> None:
    assert [s.id for s in protocol.steps] == [
        "step-1",
        "step-2",
        "step-3",
        "internal-1",
        "internal-2",
        "internal-3",
        "internal-4",
        "internal-5",
    ]
    assert protocol.steps[0].requires == ["screenshot", "date", "time", "url"]
    assert protocol.steps[1].actor == ["staff"] and protocol.steps[2].actor == ["head_teacher"]
    assert protocol.deletion_deadline_hours == 48
    assert protocol.head_is_subject == ["deputy_head", "chair_of_governors"]
    assert {s.id: s.letters for s in protocol.steps if s.letters} == {
        "internal-1": ["annex-a"],
        "internal-3": ["annex-b"],
    }


@pytest.mark.data
def test_when_letters_are_sent_then_they_are_the_annex_templates_word_for_word(
    protocol: Protocol, seed_text: str
) -> None:
    letters = {letter.id: letter for letter in protocol.letters}
    assert letters["annex-a"].purpose == "meeting-invitation"
    assert letters["annex-b"].purpose == "deletion-request"
    for letter in letters.values():
        assert letter.quote.startswith("Dear Parent,")
        assert quote_is_verbatim(letter.quote, seed_text)
        assert " ... " not in letter.quote  # whole letters, not fragments
    assert letters["annex-a"].quote.rstrip().endswith("Yours sincerely,")
    assert "ALLOW 48HOURS AFTER POSTING" in letters["annex-b"].quote


def test_when_a_post_is_about_the_head_then_the_route_falls_back_to_deputy_then_chair(
    pack: PolicyPack,
) -> None:
    route = next(r for r in pack.processes.reporting_routes if r.id == "inappropriate-post")
    assert route.report_to == ["head_teacher"]
    assert route.when_subject == ["deputy_head", "chair_of_governors"]
    assert route.evidence == ["screenshot", "date", "time", "url"]


def test_when_a_school_account_is_requested_then_section_3_business_case_applies(pack: PolicyPack) -> None:
    case = pack.processes.account_creation
    assert case is not None
    assert len(case.required_fields) == 5 and case.min_named_staff == 2
    assert (case.approver, case.creator) == (["slt"], ["school_admin"])
    assert set(case.runners_need) == {"acknowledgement", "training"}
    assert "3" in case.clauses
