"""Coverage: quotes are checked word for word (allowing normalised quotes, dashes and '...' joins), and the
policy's normative sentences are counted as captured or not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from safesocial.policy import PolicyPack, find_seed, load_bundled, pack_coverage, quote_is_verbatim
from safesocial.policy.coverage import MAX_SOURCE_CHARS, normative_sentences

SOURCE = "Staff \u2018must\u2019 not post photos \u2013 ever.\n\nThey should ask first. Pupils may post."


@pytest.mark.parametrize(
    ("quote", "verbatim"),
    [
        ("Staff 'must' not post photos - ever.", True),  # typographic quotes and dashes normalised
        ("Staff 'must' not post ... They should ask first.", True),  # fragments in order
        ("They should ask first. ... Staff 'must' not post", False),  # fragments out of order
        ("Staff must never post photos.", False),  # reworded
        ("Staff  'must'\n not post", True),  # whitespace collapsed
    ],
)
def test_when_a_quote_is_checked_then_only_the_policy_words_in_order_pass(quote: str, verbatim: bool) -> None:
    assert quote_is_verbatim(quote, SOURCE) is verbatim


def test_when_sentences_are_split_then_only_normative_ones_count() -> None:
    assert normative_sentences(SOURCE) == ["Staff 'must' not post photos - ever.", "They should ask first."]


def test_when_a_pack_quotes_every_rule_then_coverage_is_complete(
    pack_data: dict[str, Any], policy_text: str
) -> None:
    report = pack_coverage(PolicyPack.model_validate(pack_data), policy_text)
    assert report.fraction == 1.0 and report.not_verbatim == [] and len(report.normative) == 2


def test_when_a_rule_is_missing_or_a_quote_reworded_then_coverage_says_which(
    pack_data: dict[str, Any], policy_text: str
) -> None:
    pack_data["clauses"][0]["quote"] = "Staff must never message pupils."
    report = pack_coverage(PolicyPack.model_validate(pack_data), policy_text)
    assert report.fraction == 0.5
    assert report.uncovered == ["4.1 Staff must not communicate with pupils through personal social media."]
    assert report.not_verbatim == ["4.1"]


def test_when_a_protocol_letter_is_reworded_then_coverage_reports_the_letter() -> None:
    loaded = load_bundled("ysgol-llanbedrog")
    protocol = loaded.pack.processes.inappropriate_post_protocol
    assert protocol is not None
    letter = protocol.letters[0].model_copy(update={"quote": "Dear Parent, please come and see me."})
    pack = loaded.pack.model_copy(
        update={
            "processes": loaded.pack.processes.model_copy(
                update={"inappropriate_post_protocol": protocol.model_copy(update={"letters": [letter]})}
            )
        }
    )
    source = "Dear Parent,\n\nIt has come to my attention that inappropriate comments have been made."
    assert pack_coverage(pack, source).letters_not_verbatim == ["annex-a"]


def test_when_the_text_is_far_too_long_then_it_is_refused() -> None:
    with pytest.raises(ValueError, match="longer than"):
        normative_sentences("Staff must not. " * (MAX_SOURCE_CHARS // 10))


def test_when_looking_for_the_policy_text_then_the_named_file_or_the_best_match_is_found(
    tmp_path: Path, pack_data: dict[str, Any], policy_text: str
) -> None:
    pack = PolicyPack.model_validate(pack_data)
    (tmp_path / "other.txt").write_text("A different policy altogether.", encoding="utf-8")
    assert find_seed(pack, tmp_path) is None
    (tmp_path / "0042_renamed.txt").write_text(policy_text, encoding="utf-8")
    assert find_seed(pack, tmp_path) == tmp_path / "0042_renamed.txt"
    (tmp_path / "hollybank.txt").write_text(policy_text, encoding="utf-8")
    assert find_seed(pack, tmp_path) == tmp_path / "hollybank.txt"
