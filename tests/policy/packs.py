"""What each bundled pack's own test file checks in the same way, written once.

A pack's test file keeps its own tables (which category is governed how, for whom, by which clause); these
helpers hold the fixtures and the checks that every table goes through.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from safesocial.policy import ESCALATING_CATEGORIES, PolicyPack, governing_clause, load_bundled
from safesocial.policy.coverage import Coverage, pack_coverage

AUTHORS = ("staff", "governor", "parent", "pupil", "public")
ACCOUNTS = ("personal", "school")


def pack_fixture(pack_id: str) -> Callable[[], PolicyPack]:
    """A module-scoped `pack` fixture: the bundled pack with this id."""

    @pytest.fixture(scope="module")
    def pack() -> PolicyPack:
        return load_bundled(pack_id).pack

    return pack


def seed_fixture(seed: str) -> Callable[[Path], str]:
    """A `seed_text` fixture: the policy the pack was written from (skipped if the shared folder lacks it)."""

    @pytest.fixture
    def seed_text(shared_dir: Path) -> str:
        path = shared_dir / "seeds" / seed
        if not path.is_file():
            pytest.skip(
                f"seed policy {seed} not present in {path.parent}; quotes and coverage cannot be checked"
            )
        return path.read_text(encoding="utf-8")

    return seed_text


def assert_governs(
    pack: PolicyPack, category: str, author: str, account: str, severity: str, clause: str
) -> None:
    governing = governing_clause(pack, category, author=author, account=account)
    assert governing is not None, f"{category} is not addressed for {author}/{account}"
    assert (governing.severity.value, governing.clause.id) == (severity, clause)


def assert_silent(pack: PolicyPack, category: str, author: str, account: str) -> None:
    assert governing_clause(pack, category, author=author, account=account) is None


def assert_not_addressed(pack: PolicyPack, category: str) -> None:
    """The pack does not speak of the category at all: nothing governs it for any author or account."""
    assert category not in pack.categories()
    assert all(
        governing_clause(pack, category, author=a, account=c) is None for a in AUTHORS for c in ACCOUNTS
    )


def assert_escalates_everywhere(pack: PolicyPack, category: str, clause_for: Callable[[str], str]) -> None:
    """The category escalates for every author on every account, under `clause_for(author)`."""
    assert category in ESCALATING_CATEGORIES
    for author in AUTHORS:
        for account in ACCOUNTS:
            assert_governs(pack, category, author, account, "escalate", clause_for(author))


def measured_coverage(pack: PolicyPack, seed_text: str) -> Coverage:
    """The pack's coverage of its policy, printed with every sentence it does not capture."""
    report = pack_coverage(pack, seed_text)
    print(f"{pack.id}: coverage {report.fraction:.3f} ({len(report.covered)}/{len(report.normative)})")
    for sentence in report.uncovered:
        print(f"  uncovered: {sentence}")
    return report
