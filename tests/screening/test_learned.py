"""The learned stage (`screening/learned/`): shipped weights that load and are reproducible, features read
from the shared analysis, and a detector that reports only above a high threshold and only when the analysis
confirms who a post is about. The sentences here are written for these tests (not in the training corpus or
any case set)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from safesocial.policy.loader import LoadedPack
from safesocial.screening import Screener
from safesocial.screening.analysis import Context
from safesocial.screening.detectors.learned import CONFIRM, ESCALATING_FLOOR, FLOOR
from safesocial.screening.learned import CATEGORIES, WEIGHTS, LearnedModel, default_model, feature_names
from safesocial.screening.learned.everyday import everyday
from safesocial.screening.types import Post

PROFILE: dict[str, Any] = {
    "school": {
        "name": "Fellside Junior School",
        "aliases": ["Fellside Juniors"],
        "handles": [],
        "domains": [],
    },
    "trust": {"name": None, "aliases": []},
    "timezone": "Europe/London",
    "people": [
        {"name": "Wilfred Haythornthwaite", "role": "pupil", "year_group": "Year 5"},
        {"name": "Ottilie Braithwaite", "role": "staff", "job": "Teacher"},
        {"name": "Gideon Pickersgill", "role": "parent"},
    ],
}
LABELS = {
    "safeguarding", "extremism", "illegal", "harassment", "disparaging", "defamatory", "offensive",
    "discriminatory", "personal-data", "confidential", "policy-opinion", "copyright",
}  # fmt: skip
CORPUS = Path(__file__).resolve().parents[2] / "src/safesocial/screening/learned/corpus"
OLID = Path("/work/shared/data/olid/olid-training-v1.0.tsv")


def post(text: str, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "l1", "text": text, "account": "personal", "author_role": "staff", "platform": "facebook",
        "audience": "public", "posted_at": "2026-06-13T10:00:00", "device": "personal",
        "profile": {"display_name": "", "bio": "Views my own."},
    }  # fmt: skip
    record.update(fields)
    return record


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    loaded = default_model()
    assert loaded is not None, f"{WEIGHTS} is missing: run python -m safesocial.screening.learned.train"
    return loaded


@pytest.fixture(scope="module")
def screener(category_pack: LoadedPack) -> Screener:
    return Screener.for_policy(category_pack, PROFILE, offensive_model=False)


@pytest.fixture(scope="module")
def without_learning(category_pack: LoadedPack) -> Screener:
    return Screener.for_policy(category_pack, PROFILE, offensive_model=False, learned_model=False)


def test_when_the_weights_are_loaded_then_every_category_has_a_model_and_a_threshold(
    model: LearnedModel,
) -> None:
    assert model.categories and set(model.categories) == set(CONFIRM) == set(CATEGORIES)
    assert model.weights.shape == (len(model.vocabulary), len(model.categories))
    assert all(0.0 < model.thresholds[c] < 1.0 for c in model.categories)


def test_when_the_corpus_is_read_then_it_is_well_formed_and_names_are_placeholders() -> None:
    rows = [
        line.split("\t")
        for path in CORPUS.glob("*.tsv")
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) >= 300
    for fields in rows:
        assert len(fields) == 4, fields
        labels, author, recipient, text = fields
        assert author in {"staff", "parent", "pupil", "governor", "public"}, fields
        assert recipient in {"-", "staff", "parent", "pupil", "governor", "public"}, fields
        assert labels == "ok" or set(labels.split(",")) <= LABELS, fields
        assert text.strip()
    assert len(everyday(500, 1)) == 500 and everyday(50, 7) == everyday(50, 7)


def test_when_a_post_names_the_roster_then_features_carry_roles_not_names(screener: Screener) -> None:
    ctx = Context(
        Post.from_dict(post("Wilfred Haythornthwaite told Ottilie Braithwaite a joke")), screener.compiled
    )
    names = feature_names(ctx)
    assert {"w:__pupil", "w:__staff", "a:staff"} <= names
    assert not any("haythornthwaite" in n or "braithwaite" in n for n in names)
    assert feature_names(ctx) == names  # cached, unchanged


def test_when_the_detector_is_built_then_its_thresholds_are_never_below_the_floors(
    screener: Screener,
) -> None:
    learned = next(d for d in screener.detectors if d.id == "learned")
    thresholds: dict[str, float] = learned.thresholds
    assert thresholds
    for category, threshold in thresholds.items():
        assert threshold >= ESCALATING_FLOOR.get(category, FLOOR) >= FLOOR


FOUND = [
    (
        "a teacher's worry about a child and an adult's gifts",
        "A lad in my Year 7 form keeps getting new trainers and cash from a grown man he won't name, "
        "and he's started missing lessons",
        "safeguarding",
    ),
]
CLEAN = [
    ("a birthday sleepover", "My daughter's birthday sleepover was chaos, eight girls and a lot of popcorn"),
    ("a grumble about traffic", "The traffic on the ring road is an absolute joke this morning"),
    ("a child's scary film", "Our two hid behind the sofa for the whole of the dinosaur film"),
    ("a parent's thanks", "Huge thanks to Ottilie Braithwaite for a wonderful first year in Year 5"),
]


@pytest.mark.parametrize(("name", "text", "category"), FOUND, ids=[c[0] for c in FOUND])
def test_when_a_risk_is_said_in_words_the_rules_do_not_know_then_the_learned_stage_finds_it(
    screener: Screener, without_learning: Screener, name: str, text: str, category: str
) -> None:
    found = {f.category for f in screener.screen(post(text)).findings}
    assert category in found, f"{name}: {sorted(found)}"
    # and the rules alone do not: this is the learned stage's own catch
    assert category not in {f.category for f in without_learning.screen(post(text)).findings}


@pytest.mark.parametrize(("name", "text"), CLEAN, ids=[c[0] for c in CLEAN])
def test_when_a_post_only_looks_like_a_risk_then_the_learned_stage_stays_quiet(
    screener: Screener, name: str, text: str
) -> None:
    decision = screener.screen(post(text))
    assert not [f for f in decision.findings if f.detector == "learned"], (name, decision.to_dict())


def test_when_the_analysis_cannot_confirm_who_a_post_is_about_then_it_is_not_scored(
    screener: Screener, model: LearnedModel
) -> None:
    def ctx(text: str, **fields: Any) -> Context:
        return Context(Post.from_dict(post(text, **fields)), screener.compiled)

    assert not CONFIRM["safeguarding"](ctx("Total shambles of a day, scared the boiler will go again"))
    assert not CONFIRM["safeguarding"](ctx("The children loved the sports day medals"))  # no sign of concern
    assert CONFIRM["safeguarding"](ctx("The children said a stranger offered them sweets at the park"))
    assert not CONFIRM["harassment"](ctx("You are such a wimp, love you really"))  # a post, said to nobody
    assert not CONFIRM["confidential"](ctx("Great inset day at school", author_role="parent"))


@pytest.mark.data
@pytest.mark.skipif(not OLID.exists(), reason="the shared OLID file is not here")
def test_when_the_training_is_run_again_then_the_shipped_weights_are_reproduced_exactly() -> None:
    pytest.importorskip("sklearn")
    from safesocial.screening.learned import train

    assert train.main(["--olid", str(OLID), "--check"]) == 0
