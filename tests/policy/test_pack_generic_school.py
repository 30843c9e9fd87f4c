"""The generic school employee policy pack: it loads, quotes the policy word for word, covers its rules, and
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

PACK_ID = "generic-school"
SEED = "002_d31e0a47837d1ad2.txt"
COVERAGE_FLOOR = 0.90

pack = pack_fixture(PACK_ID)
seed_text = seed_fixture(SEED)


def test_when_the_pack_file_is_loaded_then_it_validates_as_a_template(pack: PolicyPack) -> None:
    assert pack.id == PACK_ID
    assert pack.metadata.organisation.kind == "template"
    # The policy gives no dates; none are invented.
    assert (pack.metadata.adopted, pack.metadata.last_reviewed, pack.metadata.next_review) == (
        None,
        None,
        None,
    )


def test_when_coverage_is_measured_then_at_least_90_percent_of_normative_sentences_are_captured(
    pack: PolicyPack, seed_text: str
) -> None:
    report = measured_coverage(pack, seed_text)
    assert len(report.normative) > 15  # the seed was read and split, not an empty file
    assert report.fraction >= COVERAGE_FLOOR, report.uncovered


@pytest.mark.parametrize(
    ("category", "author", "account", "severity", "clause"),
    [
        # Labelled decisions the screener is scored on.
        ("policy-opinion", "staff", "personal", "breach", "2.1"),
        ("disparaging", "staff", "personal", "breach", "4.8-disrepute"),
        ("missing-disclaimer", "staff", "personal", "breach", "4.6"),
        ("school-identity", "staff", "personal", "breach", "4.5"),
        ("working-time", "staff", "personal", "breach", "2.3"),
        ("defamatory", "staff", "personal", "breach", "4.8-disrepute"),
        # Further rules for employees in their personal life.
        ("pupil-image", "staff", "personal", "breach", "4.7"),
        ("confidential", "staff", "personal", "breach", "4.8-confidentiality"),
        ("personal-data", "staff", "personal", "breach", "4.8-confidentiality"),
        ("copyright", "staff", "personal", "breach", "4.8-copyright"),
        ("discriminatory", "staff", "personal", "breach", "4.8-discrimination"),
        ("harassment", "staff", "personal", "breach", "4.8-discrimination"),
        ("offensive", "staff", "personal", "breach", "5.2-offensive"),
        # Gross misconduct "whether in a professional or personal capacity" reaches school accounts.
        ("defamatory", "staff", "school", "breach", "5.2-defamatory"),
        ("confidential", "staff", "school", "breach", "5.2-confidential"),
        ("harassment", "staff", "school", "breach", "5.2-bullying"),
        ("disparaging", "staff", "school", "breach", "5.2-offensive"),
        ("policy-opinion", "staff", "school", "breach", "2.1"),
        # Cyberbullying of staff: not engaged with and reported (6.1); pupils face discipline (6.4, 6.6).
        ("harassment", "parent", "personal", "advise", "6.1"),
        ("harassment", "pupil", "personal", "breach", "6.4"),
        ("defamatory", "pupil", "personal", "breach", "6.6"),
    ],
)
def test_when_a_category_is_screened_then_the_policy_sets_its_severity_and_clause(
    pack: PolicyPack, category: str, author: str, account: str, severity: str, clause: str
) -> None:
    assert_governs(pack, category, author, account, severity, clause)


@pytest.mark.parametrize(
    ("category", "author", "account"),
    [
        ("working-time", "staff", "school"),  # posting for the school is the job, not personal use
        ("missing-disclaimer", "staff", "school"),
        ("disparaging", "parent", "personal"),  # the policy binds employees only
        ("disparaging", "governor", "personal"),
        ("policy-opinion", "governor", "personal"),
    ],
)
def test_when_the_policy_is_silent_for_this_author_or_account_then_nothing_governs(
    pack: PolicyPack, category: str, author: str, account: str
) -> None:
    assert_silent(pack, category, author, account)


@pytest.mark.parametrize(
    "category",
    [
        "school-reference",  # 4.5: employees may say they work for the school
        "pupil-contact",
        "pupil-identity",
        "community-reference",
        "personal-contact-details",
        "political-influence",
        "professional-reference",
        "media",
    ],
)
def test_when_the_policy_does_not_address_a_category_then_no_author_or_account_is_governed(
    pack: PolicyPack, category: str
) -> None:
    assert_not_addressed(pack, category)


@pytest.mark.parametrize(
    ("category", "staff_clause", "others_clause"),
    [
        ("safeguarding", "6.5", "6.5"),
        ("extremism", "5.2-extremism", "5.2-extremism"),
        ("illegal", "5.2-liability", "6.5"),
    ],
)
def test_when_an_escalation_category_is_screened_then_it_escalates_for_every_author_and_account(
    pack: PolicyPack, category: str, staff_clause: str, others_clause: str
) -> None:
    assert_escalates_everywhere(
        pack, category, lambda author: staff_clause if author == "staff" else others_clause
    )


def test_when_the_headteacher_breaches_the_policy_then_it_goes_to_the_chair_of_governors(
    pack: PolicyPack,
) -> None:
    route = next(r for r in pack.processes.reporting_routes if "5.4" in r.clauses)
    assert route.report_to == ["head_teacher"]
    assert route.when_subject == ["chair_of_governors"]


def test_when_staff_are_cyberbullied_then_they_report_to_the_head_with_evidence(pack: PolicyPack) -> None:
    route = next(r for r in pack.processes.reporting_routes if r.id == "cyberbullying")
    assert route.report_to == ["head_teacher"]
    assert route.evidence == [
        "records of the abuse (texts, e-mails, voice mail, web site or instant messages)",
        "screenshot",
        "time",
        "date",
        "url",
    ]


def test_when_a_criminal_offence_is_suspected_then_the_police_are_involved(pack: PolicyPack) -> None:
    police = next(e for e in pack.processes.escalations if e.id == "police")
    assert police.external == ["police"]


def test_when_the_review_cycle_is_read_then_it_binds_employees_without_declarations(pack: PolicyPack) -> None:
    cycles = pack.processes.cycles
    assert cycles.acknowledgement_binds == ["staff"]
    assert cycles.declarations is False
    assert pack.processes.account_creation is None  # the policy is silent on official accounts
