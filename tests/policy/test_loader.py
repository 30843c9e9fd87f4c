"""Loading packs: every problem in a broken pack is reported with its clause, field and line, in words a
school administrator can act on; a good pack loads, hashes stably and round-trips through YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from safesocial.policy import (
    LoadedPack,
    PackError,
    bundled_pack_ids,
    content_hash,
    dump_pack_yaml,
    load_bundled,
    load_pack,
    load_pack_file,
    parse_pack,
    parse_pack_text,
)
from safesocial.policy.loader import MAX_PACK_BYTES


def problems_of(text: str) -> list[str]:
    with pytest.raises(PackError) as caught:
        parse_pack_text(text, source="pack.yaml")
    return [str(p) for p in caught.value.problems]


def test_when_a_valid_pack_is_parsed_then_it_loads_with_a_hash_and_label(pack_text: str) -> None:
    loaded = parse_pack_text(pack_text, source="pack.yaml")
    assert loaded.id == "hollybank"
    assert len(loaded.content_hash) == 64
    assert loaded.revision_label == f"hollybank@r1:{loaded.content_hash[:12]}"


def test_when_a_pack_has_several_problems_then_every_one_is_reported(pack_data: dict[str, Any]) -> None:
    pack_data["clauses"][0]["strength"] = "must_not"
    pack_data["clauses"][1]["screening"][0]["category"] = "safeguard"
    del pack_data["clauses"][1]["quote"]
    found = problems_of(yaml.safe_dump(pack_data, sort_keys=False))
    assert len(found) == 3
    assert any("clause 4.1, field 'strength'" in p and "did you mean 'must-not'" in p for p in found)
    assert any("clause 7.2, field 'screening[1].category'" in p and "'safeguarding'" in p for p in found)
    assert any("clause 7.2, field 'quote': is required but missing" in p for p in found)


def test_when_a_field_is_wrong_then_the_problem_gives_its_line(pack_text: str) -> None:
    broken = pack_text.replace("strength: must-not", "strength: forbidden")
    line = next(i for i, text in enumerate(broken.splitlines(), 1) if "strength: forbidden" in text)
    (problem,) = problems_of(broken)
    assert problem.endswith(f"(line {line})")


def test_when_a_clause_id_is_a_bare_number_then_the_admin_is_told_to_quote_it(
    pack_data: dict[str, Any],
) -> None:
    text = yaml.safe_dump(pack_data, sort_keys=False).replace("id: '4.1'", "id: 4.10")
    (problem,) = problems_of(text)
    assert "was read as the number 4.1" in problem and 'put it in quotes ("4.1")' in problem


def test_when_a_key_is_given_twice_then_the_pack_is_refused_at_that_line(pack_text: str) -> None:
    broken = pack_text.replace(
        "  title: Social Media Policy\n", "  title: Social Media Policy\n  title: Other\n"
    )
    line = broken.splitlines().index("  title: Other") + 1
    (problem,) = problems_of(broken)
    assert "'title' is given twice" in problem and f"line {line}, column 3" in problem


def test_when_the_yaml_uses_aliases_then_it_is_refused_rather_than_expanded() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b]\n"
    (problem,) = problems_of(bomb)
    assert "aliases" in problem and "line 2" in problem


def test_when_a_list_is_written_as_a_single_word_then_the_admin_is_shown_list_syntax(
    pack_data: dict[str, Any],
) -> None:
    pack_data["clauses"][0]["binds"] = "staff"
    (problem,) = problems_of(yaml.safe_dump(pack_data, sort_keys=False))
    assert "clause 4.1, field 'binds': should be a list" in problem


def test_when_a_date_is_written_in_words_then_the_admin_is_shown_the_date_form(
    pack_data: dict[str, Any],
) -> None:
    pack_data["metadata"]["next_review"] = "September 2026"
    (problem,) = problems_of(yaml.safe_dump(pack_data, sort_keys=False))
    assert "field 'metadata.next_review'" in problem and "YYYY-MM-DD" in problem


def test_when_a_protocol_step_sends_an_unknown_letter_then_the_step_is_named(
    pack_data: dict[str, Any],
) -> None:
    pack_data["processes"]["inappropriate_post_protocol"] = {
        "id": "p",
        "title": "Protocol",
        "steps": [{"id": "s1", "title": "Write", "actor": ["head_teacher"], "letters": ["annex-z"]}],
        "letters": [{"id": "annex-a", "title": "A", "purpose": "meeting-invitation", "quote": "Dear Parent"}],
    }
    (problem,) = problems_of(yaml.safe_dump(pack_data, sort_keys=False))
    assert "processes.inappropriate_post_protocol.steps[1].letters[1]" in problem
    assert "'annex-z'" in problem and "annex-a" in problem


def test_when_the_file_is_too_large_then_it_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * MAX_PACK_BYTES + b"\n")
    with pytest.raises(PackError, match="a pack may be at most 2 MB"):
        load_pack_file(big)


def test_when_the_file_is_missing_or_not_utf8_then_the_problem_says_so(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such file"):
        load_pack_file(tmp_path / "missing.yaml")
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("title: Caf\u00e9".encode("latin-1"))
    with pytest.raises(PackError, match="not UTF-8"):
        load_pack_file(latin)


def test_when_the_file_starts_with_a_byte_order_mark_then_it_still_loads(
    tmp_path: Path, pack_text: str
) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + pack_text.encode("utf-8"))
    assert load_pack_file(path).id == "hollybank"


def test_when_only_comments_and_layout_change_then_the_hash_does_not(pack_text: str) -> None:
    a = parse_pack_text(pack_text, source="a")
    b = parse_pack_text("# edited by the business manager\n" + pack_text.replace(": ", ":  "), source="b")
    assert a.content_hash == b.content_hash


def test_when_a_default_is_written_out_then_the_hash_is_the_same_as_leaving_it_out(
    pack_data: dict[str, Any],
) -> None:
    explicit = dict(pack_data, format=1, revision=1)
    implicit = {k: v for k, v in pack_data.items() if k not in ("format", "revision")}
    assert parse_pack(explicit, source="a").content_hash == parse_pack(implicit, source="b").content_hash


def test_when_anything_the_pack_says_changes_then_the_hash_changes(pack_data: dict[str, Any]) -> None:
    before = parse_pack(pack_data, source="a").content_hash
    pack_data["clauses"][0]["screening"][0]["severity"] = "advise"
    assert parse_pack(pack_data, source="b").content_hash != before


@pytest.mark.parametrize("pack_id", bundled_pack_ids())
def test_when_a_bundled_pack_is_dumped_and_reloaded_then_it_is_the_same_revision(pack_id: str) -> None:
    loaded = load_bundled(pack_id)
    again = parse_pack_text(dump_pack_yaml(loaded.pack), source="dump")
    assert again.pack == loaded.pack
    assert again.content_hash == loaded.content_hash == content_hash(loaded.pack)


def test_when_a_pack_is_named_by_path_or_by_id_then_both_load(tmp_path: Path, pack_text: str) -> None:
    path = tmp_path / "hollybank.yaml"
    path.write_text(pack_text, encoding="utf-8")
    assert isinstance(load_pack(str(path)), LoadedPack)
    assert load_pack("ysgol-llanbedrog").source == "bundled:ysgol-llanbedrog"
    with pytest.raises(PackError, match="no bundled pack has this id"):
        load_pack("no-such-pack")
