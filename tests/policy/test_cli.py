"""`safesocial policy ...` as a school administrator or engineer uses it: list, show, export, fork, validate,
coverage and compare, with exit codes and messages that say what to do."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from safesocial.policy import CATEGORIES, bundled_pack_ids, load_bundled
from safesocial.policy.cli import main
from safesocial.policy.loader import MAX_PACK_BYTES

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], str]:
    def mutate(data: dict[str, Any]) -> str:
        node = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
        return yaml.safe_dump(data, sort_keys=False)

    return mutate


def _text(text: str) -> Callable[[dict[str, Any]], str]:
    return lambda data: text


def _duplicate_first_clause(data: dict[str, Any]) -> str:
    data["clauses"].append(copy.deepcopy(data["clauses"][0]))
    return yaml.safe_dump(data, sort_keys=False)


def _unknown_field(data: dict[str, Any]) -> str:
    data["clauses"][0]["stregnth"] = data["clauses"][0].pop("strength")
    return yaml.safe_dump(data, sort_keys=False)


def _no_quote(data: dict[str, Any]) -> str:
    del data["clauses"][1]["quote"]
    return yaml.safe_dump(data, sort_keys=False)


BROKEN_PACKS = [
    pytest.param(
        _text("id: hollybank\nmetadata:\n  title: Policy\n   source: x\n"),
        ["line 4, column ", "not valid YAML"],
        id="bad-yaml",
    ),
    pytest.param(
        _unknown_field,
        [
            "clause 4.1, field 'stregnth': is not a pack field (did you mean 'strength'?)",
            "clause 4.1, field 'strength': is required but missing",
        ],
        id="unknown-field",
    ),
    pytest.param(
        _set(("clauses", 0, "strength"), "Must Not"),
        [
            "clause 4.1, field 'strength': 'Must Not' is not an allowed strength (did you mean 'must-not'?)",
            "use one of: must, must-not, should, should-not, advised, may, info",
        ],
        id="bad-strength",
    ),
    pytest.param(
        _set(("clauses", 0, "screening", 0, "category"), "contact-with-pupils"),
        [
            "clause 4.1, field 'screening[1].category': 'contact-with-pupils' is not a screening category",
            ", ".join(CATEGORIES),
        ],
        id="unknown-category",
    ),
    pytest.param(
        _duplicate_first_clause,
        ["clause 4.1, field 'id': the id '4.1' is used by another clause"],
        id="duplicate-clause-id",
    ),
    pytest.param(
        _set(("processes", "reporting_routes", 0, "clauses"), ["7.3"]),
        ["field 'processes.reporting_routes[1].clauses[1]': refers to clause '7.3', which is not in this"],
        id="dangling-clause-reference",
    ),
    pytest.param(
        _no_quote,
        ["clause 7.2, field 'quote': is required but missing: copy the policy's exact words"],
        id="missing-quote",
    ),
    pytest.param(
        _text("- id: hollybank\n- clauses: []\n"),
        ["field '(whole pack)': the file must be a YAML mapping of fields (this one is a list)"],
        id="not-a-mapping",
    ),
    pytest.param(
        _text("# padding\n" * (MAX_PACK_BYTES // 10 + 1)),
        ["a pack may be at most 2 MB"],
        id="huge-file",
    ),
]


@pytest.mark.parametrize(("breaks", "fragments"), BROKEN_PACKS)
def test_when_a_broken_pack_is_validated_then_every_problem_is_listed_and_it_exits_1(
    run: Run,
    tmp_path: Path,
    pack_data: dict[str, Any],
    breaks: Callable[[dict[str, Any]], str],
    fragments: list[str],
) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(breaks(pack_data), encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 1
    problems = [line for line in out.splitlines() if line.startswith(f"{path}: ")]
    assert problems, out
    for fragment in fragments:
        assert any(fragment in line for line in problems), (fragment, out)
    assert out.rstrip().endswith("the pack was not accepted.")


def test_when_a_good_pack_is_validated_then_it_says_ok_with_revision_clauses_and_hash(
    run: Run, tmp_path: Path, pack_text: str
) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(pack_text, encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 0
    assert out.startswith("OK: hollybank revision 1, 2 clauses, hash ")
    assert "warning" not in out


def test_when_a_valid_pack_cannot_escalate_for_everyone_then_validate_warns(
    run: Run, tmp_path: Path, pack_data: dict[str, Any]
) -> None:
    pack_data["clauses"][1]["screening"][1]["authors"] = ["staff"]
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(pack_data), encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 0
    assert "warning: no clause lets the screener escalate 'illegal' for: parent (personal accounts)" in out


def test_when_an_edited_copy_is_validated_against_its_pack_then_revision_rules_apply(
    run: Run, tmp_path: Path
) -> None:
    copy = tmp_path / "llanbedrog.yaml"
    assert run("fork", "ysgol-llanbedrog", "-o", str(copy))[0] == 0
    assert run("validate", str(copy), "--previous", "ysgol-llanbedrog")[1].startswith(
        "OK: ysgol-llanbedrog revision 2,"
    )
    copy.write_text(copy.read_text(encoding="utf-8").replace("\nrevision: 2\n", "\nrevision: 1\n"), "utf-8")
    code, out, _ = run("validate", str(copy), "--previous", "ysgol-llanbedrog")
    assert code == 1 and "field 'revision'" in out


def test_when_forking_to_an_existing_file_then_it_is_not_overwritten(run: Run, tmp_path: Path) -> None:
    existing = tmp_path / "mine.yaml"
    existing.write_text("keep me", encoding="utf-8")
    code, _, err = run("fork", "bwmat", "-o", str(existing))
    assert code == 1 and "already exists" in err
    assert existing.read_text(encoding="utf-8") == "keep me"


def test_when_listing_then_each_bundled_pack_shows_revision_hash_clauses_and_review(run: Run) -> None:
    code, out, _ = run("list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "ORGANISATION", "REV", "HASH", "CLAUSES", "NEXT", "REVIEW"]
    for pack_id in bundled_pack_ids():
        loaded = load_bundled(pack_id)
        (row,) = [line for line in lines if line.startswith(pack_id + " ")]
        assert loaded.pack.metadata.organisation.name in row
        assert f" {loaded.content_hash[:12]} " in row
        assert f" {len(loaded.pack.clauses)} " in row
    robert_carre = next(line for line in lines if line.startswith("robert-carre "))
    assert "2021-11-01" in robert_carre
    llanbedrog = next(line for line in lines if line.startswith("ysgol-llanbedrog "))
    assert "2022-10-19*" in llanbedrog  # worked out from the last review


def test_when_showing_a_pack_then_clauses_are_grouped_by_topic_with_processes_after(run: Run) -> None:
    code, out, _ = run("show", "ysgol-llanbedrog")
    assert code == 0
    assert out.index("== Contact with pupils ==") < out.index("== Processes ==")
    assert "10.2  [must-not]  binds staff · personal-accounts" in out
    assert "Screening: pupil-contact -> breach (staff on personal accounts)" in out
    assert "- Do not follow, friend or message pupils from a personal account." in out
    assert (
        "deletion deadline 48 hours; if the Head Teacher is the subject: Deputy Head, Chair of Governors"
        in out
    )
    assert "Annex A - Template letter (invitation to meet with Head" in out
    assert "Reporting routes:" in out and "Cycles:" in out


def test_when_exporting_json_then_clauses_carry_id_and_quote_with_hash_and_label(run: Run) -> None:
    code, out, _ = run("export", "robert-carre", "--json")
    assert code == 0
    data = json.loads(out)
    loaded = load_bundled("robert-carre")
    assert data["content_hash"] == loaded.content_hash
    assert data["revision_label"] == loaded.revision_label
    assert [c["id"] for c in data["clauses"]] == [c.id for c in loaded.pack.clauses]
    assert all(c["quote"] and c["strength"] for c in data["clauses"])
    assert data["processes"]["cycles"]["declarations"] is True


def test_when_exporting_a_pack_file_by_path_then_it_is_accepted(
    run: Run, tmp_path: Path, pack_text: str
) -> None:
    path = tmp_path / "hollybank.yaml"
    path.write_text(pack_text, encoding="utf-8")
    code, out, _ = run("export", str(path), "--json")
    assert code == 0 and json.loads(out)["id"] == "hollybank"


def test_when_a_pack_id_is_unknown_then_the_bundled_ids_are_listed(run: Run) -> None:
    code, _, err = run("show", "hollybank")
    assert code == 1
    assert "no bundled pack has this id" in err and "ysgol-llanbedrog" in err


def test_when_comparing_then_each_category_shows_both_sides_and_a_summary(run: Run) -> None:
    code, out, _ = run("compare", "archbishop-hutton", "bwmat")
    assert code == 0
    block = out.split("\nschool-reference: ", 1)[1].split("\n\n", 1)[0]
    summary, *rest = block.splitlines()
    assert summary == "archbishop-hutton forbids / bwmat only advises"
    assert any(line.startswith("  archbishop-hutton ") and ": breach for staff" in line for line in rest)
    assert any(line.startswith("  bwmat 4.3.6 [advised]: advise for staff") for line in rest)


def test_when_comparing_as_json_then_every_category_either_pack_addresses_is_there(run: Run) -> None:
    code, out, _ = run("compare", "robert-carre", "ysgol-llanbedrog", "--json")
    assert code == 0
    data = json.loads(out)
    a, b = load_bundled("robert-carre").pack, load_bundled("ysgol-llanbedrog").pack
    assert [c["category"] for c in data["categories"]] == [
        c for c in CATEGORIES if c in a.categories() | b.categories()
    ]
    by_category = {c["category"]: c for c in data["categories"]}
    assert (
        by_category["professional-reference"]["summary"]
        == "robert-carre forbids / ysgol-llanbedrog is silent"
    )
    assert by_category["pupil-identity"]["a"]["stance"] == "is silent"
    assert by_category["safeguarding"]["summary"] == "both escalate"
    (ruling,) = by_category["professional-reference"]["a"]["rulings"]
    assert (ruling["clause"], ruling["strength"], ruling["severity"]) == ("references", "must-not", "breach")
    assert ruling["quote"].startswith("Staff should never provide references")


@pytest.mark.data
def test_when_coverage_is_asked_for_then_the_fraction_is_reported(run: Run, shared_dir: Path) -> None:
    code, out, _ = run("coverage", "ysgol-llanbedrog", "--seeds", str(shared_dir / "seeds"))
    assert code == 0
    assert out.startswith("ysgol-llanbedrog: coverage 1.000 (55 of 55 normative sentences)")


def test_when_coverage_finds_gaps_then_they_are_listed_and_it_exits_1(
    run: Run, tmp_path: Path, pack_text: str
) -> None:
    (tmp_path / "hollybank.txt").write_text(
        "4.1 Staff must not communicate with pupils through personal social media.\n\n"
        "7.2 Any safeguarding concern must be reported to the Designated Safeguarding Lead.\n\n"
        "9.1 Staff should not use school devices for personal posts.\n",
        encoding="utf-8",
    )
    pack = tmp_path / "hollybank.yaml"
    pack.write_text(pack_text.replace("through personal social media", "via social media"), encoding="utf-8")
    code, out, _ = run("coverage", str(pack), "--seeds", str(tmp_path))
    assert code == 1
    assert "coverage 0.333 (1 of 3" in out
    assert "  - 9.1 Staff should not use school devices for personal posts." in out
    assert "  - clause 4.1: Staff must not communicate with pupils via social media." in out


def test_when_the_policy_text_cannot_be_found_then_coverage_exits_2(run: Run, tmp_path: Path) -> None:
    code, _, err = run("coverage", "bwmat", "--seeds", str(tmp_path))
    assert code == 2 and "no policy text for bwmat" in err and "--seeds DIR" in err
