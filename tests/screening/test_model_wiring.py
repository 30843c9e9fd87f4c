"""Where the offensive-language model sits in the pipeline: a late back-stop after every other detector, for
posts nothing else flagged as hostile, behind gates (abuse words said to a person for `harassment`, signs of
explicit content for `offensive`), asked at most once a post, above the school threshold. Insults said of
someone are disparaging, not the model's business. A stand-in model with known answers shows the wiring; the
model's own quality is tested in test_offensive_model.py."""

from __future__ import annotations

from typing import Any

import pytest

from safesocial.policy.loader import LoadedPack
from safesocial.screening import Screener

PROFILE: dict[str, Any] = {
    "school": {"name": "Thornbury Vale Primary School", "aliases": ["Thornbury Vale"]},
    "people": [
        {"name": "Esme Wollaston", "role": "pupil"},
        {"name": "Rupert Faraday", "role": "staff", "job": "Teacher"},
        {"name": "Nadia Kettlewell", "role": "parent"},
    ],
}


class StandIn:
    """A model that rates a text by a table, counting how often it is asked."""

    def __init__(self, default: float = 0.05, threshold: float = 0.5, **scores: float) -> None:
        self.default = default
        self.scores = {k.replace("_", " "): v for k, v in scores.items()}
        self.threshold = threshold
        self.calls: list[str] = []

    def score(self, text: str) -> float:
        self.calls.append(text)
        return next((v for k, v in self.scores.items() if k in text.lower()), self.default)


def screen(pack: LoadedPack, model: StandIn, text: str, **fields: Any) -> set[str]:
    screener = Screener.for_policy(pack, PROFILE, offensive_model=model)
    record: dict[str, Any] = {
        "id": "m1", "text": text, "account": "personal", "author_role": "staff", "audience": "public",
        "posted_at": "2026-05-16T10:00:00", "profile": {"display_name": "", "bio": "Views my own."},
    }  # fmt: skip
    record.update(fields)
    decision = screener.screen(record)
    assert decision.verdict != "error", decision.error
    return {f.category for f in decision.findings}


COMMENT_PARENT = {"action": "comment", "recipient_role": "parent"}


def test_when_a_post_has_no_hostile_cue_then_the_model_is_not_asked(category_pack: LoadedPack) -> None:
    model = StandIn(default=0.99)
    assert screen(category_pack, model, "Lovely frosty morning for a run along the river") == set()
    assert model.calls == []


def test_when_the_word_lists_find_swearing_then_the_model_is_not_needed(category_pack: LoadedPack) -> None:
    model = StandIn(default=0.99)
    assert "offensive" in screen(category_pack, model, "What a shit week")
    assert model.calls == []


def test_when_only_the_model_sees_explicit_content_then_it_is_offensive(category_pack: LoadedPack) -> None:
    model = StandIn(saucy=0.97)
    found = screen(category_pack, model, "Saucy weekend away 😏")
    assert "offensive" in found
    assert len(model.calls) == 1


def test_when_an_insult_is_not_explicit_then_the_model_does_not_call_it_offensive(
    category_pack: LoadedPack,
) -> None:
    model = StandIn(default=0.99)
    found = screen(category_pack, model, "Rupert Faraday is a total waste of space")
    assert "offensive" not in found and "disparaging" in found
    assert model.calls == []  # flagged already: the model is not asked


def test_when_the_model_sees_abuse_said_to_someone_then_it_is_harassment(category_pack: LoadedPack) -> None:
    model = StandIn(burden=0.97)
    said_to = screen(category_pack, model, "People like you are a burden on everyone here", **COMMENT_PARENT)
    assert "harassment" in said_to
    assert len(model.calls) == 1  # one question a post, shared by both categories
    public = screen(category_pack, StandIn(burden=0.97), "People like that are a burden on everyone here")
    assert "harassment" not in public


@pytest.mark.parametrize(
    ("score", "own_threshold", "found"),
    [(0.85, 0.5, False), (0.91, 0.5, True), (0.91, 0.95, False), (0.96, 0.95, True)],
)
def test_when_the_model_is_unsure_then_the_school_threshold_decides(
    category_pack: LoadedPack, score: float, own_threshold: float, found: bool
) -> None:
    model = StandIn(saucy=score, threshold=own_threshold)
    assert ("offensive" in screen(category_pack, model, "Saucy weekend away")) is found


@pytest.mark.parametrize(
    "text",
    [
        "The kids were animals at the zoo, the lions I mean",
        "I could kill for a coffee right now",
        "Smashed it at parkrun this morning, new PB!",
        "Our gas boiler renewal went up again, ridiculous",
    ],
)
def test_when_a_clean_look_alike_meets_an_overeager_model_then_nothing_serious_is_found(
    category_pack: LoadedPack, text: str
) -> None:
    found = screen(category_pack, StandIn(default=0.99), text)
    assert not found & {"harassment", "discriminatory", "illegal", "safeguarding", "extremism"}


def test_when_there_is_no_model_then_the_word_lists_still_decide(category_pack: LoadedPack) -> None:
    screener = Screener.for_policy(category_pack, PROFILE, offensive_model=False)
    decision = screener.screen(
        {"id": "m2", "text": "What a shit week", "account": "personal", "author_role": "staff"}
    )
    assert {f.category for f in decision.findings} == {"offensive"}
