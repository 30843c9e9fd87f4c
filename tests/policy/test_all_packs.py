"""Every bundled pack: it loads (by id and from its file, the same pack), its quotes are the policy's own
words, it captures at least 90% of the policy's rules, each screening rule is explained, the exported JSON
keeps the quotes intact, and the screener can escalate safeguarding and illegal content from anyone,
anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import safesocial.policy
from safesocial.policy import (
    bundled_pack_ids,
    find_seed,
    governing_clause,
    load_bundled,
    load_pack_file,
    pack_coverage,
)
from safesocial.policy.coverage import quote_is_verbatim
from safesocial.policy.schema import ACCOUNT_TYPES, AUTHOR_ROLES

PACKS = bundled_pack_ids()
ACCEPTANCE = 0.90
REPO = Path(__file__).resolve().parents[2]


def test_all_five_policies_are_bundled() -> None:
    assert set(PACKS) >= {"bwmat", "archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre"}


def _seed_text(pack_id: str, shared_dir: Path) -> str:
    seed = find_seed(load_bundled(pack_id).pack, shared_dir / "seeds")
    if seed is None:
        pytest.skip(f"the policy text for {pack_id} is not in {shared_dir / 'seeds'}")
    return seed.read_text(encoding="utf-8")


@pytest.mark.parametrize("pack_id", PACKS)
def test_when_a_bundled_pack_is_loaded_then_it_validates(pack_id: str) -> None:
    loaded = load_bundled(pack_id)
    assert loaded.id == pack_id
    assert loaded.pack.clauses
    assert len({c.id for c in loaded.pack.clauses}) == len(loaded.pack.clauses)


@pytest.mark.parametrize("pack_id", PACKS)
def test_when_loaded_by_id_then_it_is_the_same_pack_as_the_file(pack_id: str) -> None:
    path = Path(safesocial.policy.__file__).parent / "packs" / f"{pack_id}.yaml"
    assert load_bundled(pack_id).content_hash == load_pack_file(path).content_hash


@pytest.mark.parametrize("pack_id", PACKS)
def test_when_a_clause_carries_screening_rules_then_it_explains_them_and_says_what_to_do(
    pack_id: str,
) -> None:
    missing = [
        c.id
        for c in load_bundled(pack_id).pack.clauses
        if c.screening and (not c.actions or not c.summary or any(not r.explanation for r in c.screening))
    ]
    assert missing == []


@pytest.mark.data
@pytest.mark.parametrize("pack_id", PACKS)
def test_when_quotes_are_checked_then_each_is_verbatim_in_the_policy(pack_id: str, shared_dir: Path) -> None:
    report = pack_coverage(load_bundled(pack_id).pack, _seed_text(pack_id, shared_dir))
    assert report.not_verbatim == []
    assert report.letters_not_verbatim == []


@pytest.mark.data
@pytest.mark.parametrize("pack_id", PACKS)
def test_when_coverage_is_measured_then_it_is_at_least_90_percent(pack_id: str, shared_dir: Path) -> None:
    report = pack_coverage(load_bundled(pack_id).pack, _seed_text(pack_id, shared_dir))
    print(f"{pack_id}: coverage {report.fraction:.3f} ({len(report.covered)}/{len(report.normative)})")
    assert len(report.normative) >= 20  # the policy was read, not an empty file
    assert report.fraction >= ACCEPTANCE, report.uncovered


def _safesocial() -> list[str]:
    script = Path(sys.executable).with_name("safesocial")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "safesocial"]


@pytest.mark.data
@pytest.mark.parametrize("pack_id", PACKS)
def test_when_exported_through_the_command_then_every_quote_is_still_verbatim(
    pack_id: str, shared_dir: Path
) -> None:
    source = _seed_text(pack_id, shared_dir)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [*_safesocial(), "policy", "export", pack_id, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    loaded = load_bundled(pack_id)
    assert data["content_hash"] == loaded.content_hash
    assert data["revision_label"] == loaded.revision_label
    assert len(data["clauses"]) == len(loaded.pack.clauses)
    assert all(isinstance(c["id"], str) and quote_is_verbatim(c["quote"], source) for c in data["clauses"])


@pytest.mark.parametrize("pack_id", PACKS)
@pytest.mark.parametrize("category", ["safeguarding", "illegal"])
def test_when_content_is_a_safeguarding_or_police_matter_then_every_pack_escalates_it(
    pack_id: str, category: str
) -> None:
    pack = load_bundled(pack_id).pack
    for author in AUTHOR_ROLES:
        for account in ACCOUNT_TYPES:
            found = governing_clause(pack, category, author=author, account=account)
            assert found is not None, f"{pack_id} does not address {category} for {author} on {account}"
            assert found.severity == "escalate"
