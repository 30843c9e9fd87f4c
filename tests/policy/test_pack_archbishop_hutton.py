"""The Archbishop Hutton's VC Primary School pack: it loads, quotes the policy word for word, covers its
rules, and gives the screener the severities the policy sets for each author and account."""

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

from safesocial.policy import PolicyPack, governing_clause

PACK_ID = "archbishop-hutton"
SEED = "001_01fbd1ace68b5a8a.txt"
COVERAGE_FLOOR = 0.90
UNDER_NO_CIRCUMSTANCES = "Under no circumstances should staff make reference to any staff member"

pack = pack_fixture(PACK_ID)
seed_text = seed_fixture(SEED)


def test_when_the_pack_file_is_loaded_then_it_validates_as_the_school_policy(pack: PolicyPack) -> None:
    assert pack.id == PACK_ID
    org = pack.metadata.organisation
    assert (org.name, org.kind, org.local_authority) == (
        "Archbishop Hutton's VC Primary School",
        "school",
        "Lancashire",
    )
    adopted, due = pack.metadata.adopted, pack.metadata.next_review
    assert adopted is not None and due is not None
    assert ((adopted.year, adopted.month), (due.year, due.month)) == ((2022, 9), (2023, 7))
    assert pack.metadata.review_cycle_months == 12


def test_when_coverage_is_measured_then_at_least_90_percent_of_normative_sentences_are_captured(
    pack: PolicyPack, seed_text: str
) -> None:
    report = measured_coverage(pack, seed_text)
    assert len(report.normative) > 25  # the seed was read and split, not an empty file
    assert report.fraction >= COVERAGE_FLOOR, report.uncovered


def test_when_staff_refer_to_the_school_then_it_is_a_breach_citing_under_no_circumstances(
    pack: PolicyPack,
) -> None:
    governing = governing_clause(pack, "school-reference", author="staff", account="personal")
    assert governing is not None
    assert governing.severity.value == "breach"
    assert governing.clause.quote.startswith(UNDER_NO_CIRCUMSTANCES)


@pytest.mark.parametrize(
    ("category", "author", "account", "severity", "clause"),
    [
        # Labelled decisions the screener is scored on.
        ("school-reference", "staff", "personal", "breach", "code-no-reference"),
        ("personal-contact-details", "staff", "personal", "breach", "personal-contact"),
        ("working-time", "staff", "personal", "breach", "scope-equipment"),
        ("community-reference", "staff", "personal", "breach", "code-no-reference"),
        ("disparaging", "staff", "personal", "breach", "code-derogatory"),
        ("pupil-contact", "staff", "personal", "breach", "principle-no-contact"),
        # Further rules of the code of conduct.
        ("pupil-identity", "staff", "personal", "breach", "code-no-reference"),
        ("pupil-image", "staff", "personal", "breach", "code-images"),
        ("pupil-image", "staff", "school", "breach", "photos-consent"),
        ("school-identity", "staff", "personal", "breach", "code-school-name"),
        ("confidential", "staff", "personal", "breach", "code-confidential"),
        ("defamatory", "staff", "personal", "breach", "code-derogatory"),
        ("harassment", "staff", "personal", "breach", "code-derogatory"),
        ("offensive", "staff", "personal", "breach", "code-responsible"),
        ("pupil-contact", "staff", "school", "breach", "principle-no-contact"),
        # The aims extend the code of conduct to governors.
        ("school-reference", "governor", "personal", "breach", "code-no-reference"),
        ("disparaging", "governor", "personal", "breach", "code-derogatory"),
        # Cyber-bullying of staff by others is reported, not a rule on them.
        ("harassment", "parent", "personal", "advise", "cyberbullying-report"),
        ("harassment", "pupil", "personal", "advise", "cyberbullying-report"),
    ],
)
def test_when_a_category_is_screened_then_the_policy_sets_its_severity_and_clause(
    pack: PolicyPack, category: str, author: str, account: str, severity: str, clause: str
) -> None:
    assert_governs(pack, category, author, account, severity, clause)


@pytest.mark.parametrize(
    ("category", "author", "account"),
    [
        ("school-reference", "staff", "school"),  # the school's own account may speak about the school
        ("working-time", "staff", "school"),
        ("working-time", "governor", "personal"),
        ("disparaging", "parent", "personal"),  # the policy does not bind parents' posts
        ("school-reference", "parent", "personal"),
    ],
)
def test_when_the_policy_is_silent_for_this_author_or_account_then_nothing_governs(
    pack: PolicyPack, category: str, author: str, account: str
) -> None:
    assert_silent(pack, category, author, account)


@pytest.mark.parametrize(
    "category",
    ["missing-disclaimer", "policy-opinion", "political-influence", "professional-reference", "media"],
)
def test_when_the_policy_does_not_address_a_category_then_no_author_or_account_is_governed(
    pack: PolicyPack, category: str
) -> None:
    assert_not_addressed(pack, category)


@pytest.mark.parametrize(
    ("category", "clause"),
    [
        ("safeguarding", "principle-safeguarding"),
        ("extremism", "principle-safeguarding"),
        ("illegal", "code-illegal-reputation"),
    ],
)
def test_when_an_escalation_category_is_screened_then_it_escalates_for_every_author_and_account(
    pack: PolicyPack, category: str, clause: str
) -> None:
    assert_escalates_everywhere(pack, category, lambda author: clause)


def test_when_staff_are_cyberbullied_then_they_report_with_screenshot_time_and_date(pack: PolicyPack) -> None:
    route = next(r for r in pack.processes.reporting_routes if r.id == "cyberbullying")
    assert set(route.report_to) == {"line_manager", "head_teacher"}
    assert route.evidence == ["original messages (not deleted)", "screenshot", "time", "date", "url"]


@pytest.mark.parametrize(
    ("route_id", "report_to", "when_subject", "external"),
    [
        ("indecent-images", {"head_teacher"}, {"slt"}, {"police"}),
        ("unsuitable-material", {"head_teacher"}, {"slt"}, {"Lancashire Council Safeguarding"}),
        ("social-contact", {"slt"}, set(), set()),
    ],
)
def test_when_a_concern_is_reported_then_it_goes_where_the_policy_says(
    pack: PolicyPack, route_id: str, report_to: set[str], when_subject: set[str], external: set[str]
) -> None:
    route = next(r for r in pack.processes.reporting_routes if r.id == route_id)
    assert set(route.report_to) == report_to
    assert set(route.when_subject) == when_subject
    assert set(route.external) == external


def test_when_the_review_cycle_is_read_then_it_is_annual_with_declarations(pack: PolicyPack) -> None:
    cycles = pack.processes.cycles
    assert cycles.review_cycle_months == 12
    assert cycles.declarations is True  # social contacts with pupils' families are made known to SLT
    assert {"staff", "volunteers", "governors"} <= set(cycles.acknowledgement_binds)


def test_when_an_account_is_proposed_then_the_headteacher_approves(pack: PolicyPack) -> None:
    creation = pack.processes.account_creation
    assert creation is not None
    assert creation.approver == ["head_teacher"]
