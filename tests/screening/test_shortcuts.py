"""The screener's shortcuts change its speed, never its answers: detectors skipped for posts without their
trigger tags, everyday words read by small automata only when asked, and late back-stops that skip what the
other detectors found. Every labelled post is screened with and without the shortcuts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from safesocial.screening import Screener
from safesocial.screening.detectors import all_detectors
from safesocial.screening.detectors.base import Detector

CASES = Path(__file__).resolve().parent / "cases"
SETS = [
    ("unseen.jsonl", "."),
    ("unseen_hard.jsonl", "."),
    ("unseen_fresh.jsonl", "."),
    ("fresh.jsonl", "fresh"),
    ("heldout1/cases.jsonl", "heldout1/profiles"),
    ("heldout2/cases.jsonl", "heldout2/profiles"),
    ("heldout3/cases.jsonl", "heldout3/profiles"),
    ("heldout4/cases.jsonl", "heldout4/profiles"),
    ("heldout5a/cases.jsonl", "heldout5a/profiles"),
    ("heldout5b/cases.jsonl", "heldout5b/profiles"),
    ("pass3/cases.jsonl", "pass3/profiles"),
]


def _cases() -> Iterator[tuple[dict[str, Any], Path]]:
    for name, profiles in SETS:
        with (CASES / name).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line), CASES / profiles


def _screen_all() -> list[str]:
    screeners: dict[tuple[str, Path], Screener] = {}
    out = []
    for case, profiles in _cases():
        key = (case["policy"], profiles)
        if key not in screeners:
            profile = json.loads((profiles / f"{case['policy']}.json").read_text(encoding="utf-8"))
            screeners[key] = Screener.for_policy(case["policy"], profile, offensive_model=False)
        out.append(json.dumps(screeners[key].screen(case["post"]).to_dict(), sort_keys=True))
    return out


@contextmanager
def _without_triggers() -> Iterator[None]:
    saved: dict[type[Detector], frozenset[str] | None] = {cls: cls.triggers for cls in all_detectors()}
    for cls in all_detectors():
        cls.triggers = None
    try:
        yield
    finally:
        for cls, triggers in saved.items():
            cls.triggers = triggers


def test_when_detectors_are_skipped_by_their_triggers_then_no_decision_changes() -> None:
    with _without_triggers():
        without = _screen_all()
    with_shortcuts = _screen_all()
    assert len(with_shortcuts) > 1000
    changed = [i for i, (a, b) in enumerate(zip(without, with_shortcuts, strict=True)) if a != b]
    assert not changed, f"{len(changed)} decisions differ, e.g. {with_shortcuts[changed[0]][:300]}"


def test_when_a_detector_has_triggers_then_they_are_tags_the_scan_can_find() -> None:
    from safesocial.screening.lexicon import compiled_lexicon

    tags = {t for ts in compiled_lexicon().values() for t in ts}
    for cls in all_detectors():
        if cls.triggers is not None:
            assert cls.triggers and cls.triggers <= tags, (cls.id, cls.triggers - tags)
