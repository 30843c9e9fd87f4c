"""The offensive-language model: its API, the integrity check on its artifacts, and its OLID quality."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from safesocial.screening.offensive import (
    DATA_DIR,
    ArtifactIntegrityError,
    CascadeSettings,
    OffensiveModel,
    load_default,
)

CLEARLY_OFFENSIVE = [
    "You are a fucking idiot and everyone in this town hates you.",
    "Shut up you stupid bitch, nobody asked for your opinion.",
    "What a load of shit, the ref is a useless prick.",
    "That new teacher is a total asshole, what a dickhead.",
    "Go to hell you worthless piece of crap.",
    "This is bullshit, fuck the lot of them.",
]
CLEARLY_BENIGN = [
    "Well done to Year 6 for a brilliant sports day, thank you to all the parents who came along!",
    "Reminder: the school will be closed on Monday for staff training.",
    "Lovely frosty morning for a run along the river.",
    "Our harvest festival raised £240 for the local food bank, thank you everyone.",
    "Coffee and a crossword, perfect Saturday.",
    "Looking forward to the summer fair next week, the cake stall needs volunteers.",
]


@pytest.fixture(scope="module")
def model() -> OffensiveModel:
    return load_default()


def test_when_loaded_twice_then_the_same_cached_model_is_returned() -> None:
    assert load_default() is load_default()
    assert load_default().preset == "quality"


def test_when_the_speed_preset_is_asked_for_then_it_has_a_narrower_band() -> None:
    speed = load_default("speed")
    quality = load_default()
    assert speed.preset == "speed"
    assert speed.settings.high - speed.settings.low < quality.settings.high - quality.settings.low
    assert speed.is_offensive(CLEARLY_OFFENSIVE[0])
    assert not speed.is_offensive(CLEARLY_BENIGN[0])


def test_when_an_unknown_preset_is_asked_for_then_loading_is_refused() -> None:
    with pytest.raises(KeyError, match="no cascade preset"):
        OffensiveModel.load(DATA_DIR, "fastest")


@pytest.mark.parametrize(
    "text",
    [*CLEARLY_OFFENSIVE, *CLEARLY_BENIGN, "", "   \n\t ", "🙂🙂🙂", "!!!!!!!!", "Noson braf yn Abersoch 🌊"],
)
def test_when_scored_then_the_score_is_a_probability(model: OffensiveModel, text: str) -> None:
    score = model.score(text)
    assert isinstance(score, float)
    assert 0.0 <= score <= 1.0


def test_when_text_is_clearly_offensive_or_clearly_benign_then_they_are_ordered_and_decided(
    model: OffensiveModel,
) -> None:
    offensive = [model.score(t) for t in CLEARLY_OFFENSIVE]
    benign = [model.score(t) for t in CLEARLY_BENIGN]
    assert min(offensive) > max(benign), (offensive, benign)
    assert all(model.is_offensive(t) for t in CLEARLY_OFFENSIVE)
    assert not any(model.is_offensive(t) for t in CLEARLY_BENIGN)


def test_when_text_is_empty_then_it_is_not_offensive(model: OffensiveModel) -> None:
    assert model.score("") == 0.0
    assert not model.is_offensive("")
    assert not model.is_offensive("  \n ")


def test_when_scoring_many_then_each_score_equals_the_single_score(model: OffensiveModel) -> None:
    texts = [*CLEARLY_OFFENSIVE, "", *CLEARLY_BENIGN]
    many = model.score_many(texts)
    assert len(many) == len(texts)
    for text, score in zip(texts, many, strict=True):
        assert score == pytest.approx(model.score(text), abs=1e-5)
    assert model.score_many([]) == []


def test_when_a_long_text_hides_one_insult_then_it_is_found(model: OffensiveModel) -> None:
    filler = "The children planted bulbs in the garden and wrote about the weather. " * 7000  # ~500 kB
    text = filler + CLEARLY_OFFENSIVE[0] + " " + filler
    assert len(text) > 900_000
    assert model.is_offensive(text)
    assert not model.is_offensive(filler + filler)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,  # one enormous word
        "漢字" * 500_000,  # a script the encoder splits per character
        "! " * 500_000,  # only symbols
        ("word " * 200_000) + "x" * 2_000_000,  # over the size limit
    ],
)
def test_when_input_is_huge_and_odd_then_it_still_gets_a_probability(
    model: OffensiveModel, text: str
) -> None:
    assert 0.0 <= model.score(text) <= 1.0


def test_when_settings_are_inconsistent_then_they_are_refused() -> None:
    with pytest.raises(ValueError, match="low < threshold < high"):
        CascadeSettings(low=0.6, high=0.9, threshold=0.5, encoder_weight=0.5)
    with pytest.raises(ValueError, match="encoder_weight"):
        CascadeSettings(low=0.1, high=0.9, threshold=0.5, encoder_weight=1.5)


def _copy_artifacts(tmp_path: Path) -> Path:
    target = tmp_path / "artifacts"
    shutil.copytree(DATA_DIR, target)
    return target


def test_when_artifacts_are_untouched_then_a_copy_loads_and_scores_alike(tmp_path: Path) -> None:
    copy = OffensiveModel.load(_copy_artifacts(tmp_path))
    assert copy.score(CLEARLY_OFFENSIVE[1]) == pytest.approx(load_default().score(CLEARLY_OFFENSIVE[1]))


@pytest.mark.parametrize("name", ["fast.json", "encoder.int8.onnx", "tokenizer.json"])
def test_when_an_artifact_is_tampered_with_then_loading_is_refused(tmp_path: Path, name: str) -> None:
    directory = _copy_artifacts(tmp_path)
    path = directory / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ArtifactIntegrityError, match=name):
        OffensiveModel.load(directory)


def test_when_an_artifact_is_missing_then_loading_is_refused(tmp_path: Path) -> None:
    directory = _copy_artifacts(tmp_path)
    (directory / "fast.json").unlink()
    with pytest.raises(ArtifactIntegrityError, match="missing"):
        OffensiveModel.load(directory)


def test_when_the_manifest_drops_an_artifact_then_loading_is_refused(tmp_path: Path) -> None:
    directory = _copy_artifacts(tmp_path)
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    del manifest["files"]["encoder.int8.onnx"]
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ArtifactIntegrityError, match="does not list"):
        OffensiveModel.load(directory)


def test_manifest_records_the_base_weights_and_settings() -> None:
    manifest = json.loads((DATA_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["base_weights"]["model.safetensors"]) == 64
    assert set(manifest["files"]) == {"fast.json", "encoder.int8.onnx", "tokenizer.json"}
    assert manifest["default_preset"] in manifest["presets"]
    for values in manifest["presets"].values():
        settings = CascadeSettings(**values)
        assert settings.low < settings.threshold < settings.high


def _macro_f1(gold: list[int], predicted: list[int]) -> float:
    scores = []
    for cls in (0, 1):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p == cls)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != cls and p == cls)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p != cls)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2


@pytest.mark.data
def test_olid_subtask_a_macro_f1_of_the_shipped_model_is_at_least_0_80(
    model: OffensiveModel, shared_dir: Path
) -> None:
    olid = shared_dir / "data" / "olid"
    if not (olid / "testset-levela.tsv").is_file():
        pytest.skip(f"OLID test set not present under {olid}")
    with (olid / "labels-levela.csv").open(encoding="utf-8") as handle:
        gold_by_id = {row["id"]: int(row["label"] == "OFF") for row in csv.DictReader(handle)}
    with (olid / "testset-levela.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    texts = [row[1] for row in rows]
    gold = [gold_by_id[row[0]] for row in rows]
    assert len(texts) == 860
    predicted = [int(s >= model.threshold) for s in model.score_many(texts)]
    assert _macro_f1(gold, predicted) >= 0.80
