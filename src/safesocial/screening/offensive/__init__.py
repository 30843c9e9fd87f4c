"""Offensive-language model: the probability that a text is offensive (obscene, profane, insulting, abusive).

The screener uses it as one signal for the ``offensive``, ``harassment`` and ``discriminatory`` categories.

It is a two-stage cascade, so that the common case stays cheap:

1. a fast stage evaluated in plain Python from lookup tables (tens of microseconds a post): a linear model
   over word unigrams and bigrams, and a word lexicon distilled from the encoder, combined by a stacker.
   When it is confident either way, its probability is the answer;
2. for the uncertain band only, a small transformer (all-MiniLM-L6-v2 fine-tuned on OLID, int8, ONNX Runtime
   on one thread). The answer is then a weighted blend of both stages.

Long texts are cut into overlapping windows of words; the text scores as its most offensive window, and at
most a fixed number of windows reach the second stage, so any input up to ``max_chars`` finishes in bounded
time. Everything needed ships in ``data/`` beside this file; ``manifest.json`` there records the sha256 of
every artifact and the loader refuses files that do not match.

Typical use::

    from safesocial.screening.offensive import load_default

    model = load_default()
    model.score("you are an idiot")         # -> 0.9...
    model.is_offensive("See you at sports day!")   # -> False
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from safesocial.screening.offensive.features import encoder_text, features, token_spans, tokens

__all__ = [
    "DATA_DIR",
    "ArtifactIntegrityError",
    "CascadeSettings",
    "EncoderStage",
    "FastStage",
    "OffensiveModel",
    "load_default",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
MANIFEST = "manifest.json"
FAST_FILE = "fast.json"
ENCODER_FILE = "encoder.int8.onnx"
TOKENIZER_FILE = "tokenizer.json"


class ArtifactIntegrityError(RuntimeError):
    """An artifact file is missing or does not match the sha256 recorded in the manifest."""


@dataclass(frozen=True, slots=True)
class CascadeSettings:
    """How the two stages combine: tuned on held-out training data, stored in the manifest."""

    low: float  # fast-stage probability at or below which a window is benign without the encoder
    high: float  # fast-stage probability at or above which a window is offensive without the encoder
    threshold: float  # decision threshold on the final score; low < threshold < high
    encoder_weight: float  # weight of the encoder in the blend, in [0, 1]
    window_tokens: int = 128  # fast-stage tokens a window holds: a post of 300 characters fits in one
    window_stride: int = 64  # tokens between window starts (windows overlap so no phrase is cut in two)
    max_encoded_windows: int = 2  # at most this many windows of one text reach the encoder (bounds p99)
    max_seq_len: int = 128  # encoder word pieces a window is truncated to
    max_window_chars: int = 2048  # characters of a window the encoder tokenises (128 pieces never need more)
    max_chars: int = 1_000_000  # characters of a text that are read at all

    def __post_init__(self) -> None:
        if not 0.0 <= self.low < self.threshold < self.high <= 1.0:
            raise ValueError(
                f"need 0 <= low < threshold < high <= 1, got {self.low}, {self.threshold}, {self.high}"
            )
        if not 0.0 <= self.encoder_weight <= 1.0:
            raise ValueError(f"encoder_weight must lie in [0, 1], got {self.encoder_weight}")
        if self.window_stride < 1 or self.window_tokens < self.window_stride:
            raise ValueError("need 1 <= window_stride <= window_tokens")
        if min(self.max_encoded_windows, self.max_seq_len, self.max_window_chars, self.max_chars) < 1:
            raise ValueError("window, sequence and size limits must be positive")


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


class FastStage:
    """The fast stage: two word-level signals combined by a logistic stacker, all from lookup tables.

    * ``table``: a logistic regression over binary, idf-weighted, L2-normalised unigram and bigram features
      learned on OLID. It maps a feature to ``(weight * idf, idf ** 2)``, so its logit is
      ``bias + sum(weight * idf) / sqrt(sum(idf ** 2))`` over the known features of a text.
    * ``lexicon``: for each word, the encoder's logit for that word on its own (the encoder distilled into a
      word list). A text's signals are its two most offensive words; words not listed score
      ``lexicon_floor``.
      The lexicon knows words the OLID sample never showed, so everyday text that carries no offensive word
      is recognised as such, which the OLID regression alone cannot do.

    The probability is ``sigmoid(stack[0] + stack[1] * regression + stack[2] * first + stack[3] * second)``.
    """

    __slots__ = ("_bias", "_floor", "_lexicon", "_stack", "_table")

    def __init__(
        self,
        bias: float,
        table: dict[str, tuple[float, float]],
        lexicon: dict[str, float],
        lexicon_floor: float,
        stack: tuple[float, float, float, float],
    ) -> None:
        self._bias = bias
        self._table = table
        self._lexicon = lexicon
        self._floor = lexicon_floor
        self._stack = stack

    @classmethod
    def from_json(cls, path: Path) -> FastStage:
        raw = json.loads(path.read_text(encoding="utf-8"))
        table = {str(k): (float(v[0]), float(v[1])) for k, v in raw["features"].items()}
        lexicon = {str(k): float(v) for k, v in raw["lexicon"].items()}
        s0, s1, s2, s3 = (float(x) for x in raw["stack"])
        return cls(float(raw["bias"]), table, lexicon, float(raw["lexicon_floor"]), (s0, s1, s2, s3))

    def __len__(self) -> int:
        return len(self._table) + len(self._lexicon)

    def signals(self, toks: list[str]) -> tuple[float, float, float]:
        """(regression logit, strongest word, second strongest word) of a token list."""
        dot = 0.0
        norm2 = 0.0
        get = self._table.get
        for feat in features(toks):
            entry = get(feat)
            if entry is not None:
                dot += entry[0]
                norm2 += entry[1]
        regression = self._bias + dot / math.sqrt(norm2) if norm2 else self._bias
        lex = self._lexicon.get
        first = second = self._floor
        for tok in toks:
            value = lex(tok)
            if value is not None and value > second:
                if value > first:
                    first, second = value, first
                else:
                    second = value
        return regression, first, second

    def logit_of_tokens(self, toks: list[str]) -> float:
        regression, first, second = self.signals(toks)
        s0, s1, s2, s3 = self._stack
        return s0 + s1 * regression + s2 * first + s3 * second

    def prob(self, text: str) -> float:
        return _sigmoid(self.logit_of_tokens(tokens(text)))


class EncoderStage:
    """The fine-tuned transformer: word pieces in, probability offensive out (ONNX Runtime, one thread)."""

    def __init__(self, model_path: Path, tokenizer_path: Path, max_seq_len: int) -> None:
        import numpy as np
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._np = np
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session: Any = ort.InferenceSession(
            str(model_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        tokenizer: Any = Tokenizer.from_file(str(tokenizer_path))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=max_seq_len)
        self._tokenizer = tokenizer

    def probs(self, texts: Sequence[str], batch_size: int = 1) -> list[float]:
        """Probabilities for ``texts``.

        One text a run by default: int8 activations are quantised with one scale for the whole batch, so a
        text batched with others could score slightly differently from the same text alone. Batching
        (texts of similar length together) is for bulk work where that does not matter, such as training.
        """
        np = self._np
        if not texts:
            return []
        encodings = self._tokenizer.encode_batch([encoder_text(t) for t in texts])
        ids = [cast(list[int], e.ids) for e in encodings]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = [0.0] * len(ids)
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            width = max(len(ids[i]) for i in batch)
            input_ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                input_ids[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = 1
            (prob,) = self._session.run(["prob"], {"input_ids": input_ids, "attention_mask": mask})
            for row, i in enumerate(batch):
                out[i] = float(prob[row])
        return out


@dataclass(slots=True)
class _Windows:
    texts: list[str]
    fast: list[float]


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_artifacts(directory: Path) -> dict[str, Any]:
    """Read ``manifest.json`` in ``directory`` and check every file it lists; return the manifest."""
    manifest_path = directory / MANIFEST
    if not manifest_path.is_file():
        raise ArtifactIntegrityError(f"no {MANIFEST} in {directory}")
    manifest = cast(dict[str, Any], json.loads(manifest_path.read_text(encoding="utf-8")))
    files = cast(dict[str, str], manifest.get("files", {}))
    for required in (FAST_FILE, ENCODER_FILE, TOKENIZER_FILE):
        if required not in files:
            raise ArtifactIntegrityError(f"{MANIFEST} does not list {required}")
    for name, expected in files.items():
        path = directory / name
        if not path.is_file():
            raise ArtifactIntegrityError(f"artifact {name} is missing from {directory}")
        actual = sha256_file(path)
        if actual != expected:
            raise ArtifactIntegrityError(
                f"artifact {name} has sha256 {actual}, manifest expects {expected}: refusing to load it"
            )
    return manifest


class OffensiveModel:
    """The cascade: ``score`` is the probability that a text is offensive, ``is_offensive`` the decision."""

    def __init__(
        self, fast: FastStage, encoder: EncoderStage, settings: CascadeSettings, manifest: dict[str, Any]
    ) -> None:
        self.fast = fast
        self.encoder = encoder
        self.settings = settings
        self.manifest = manifest

    @classmethod
    def load(cls, directory: Path = DATA_DIR, preset: str | None = None) -> OffensiveModel:
        """Load the artifacts in ``directory`` after checking their hashes against its manifest.

        ``preset`` names one of the manifest's tuned cascade settings (``quality``, ``speed``); by default the
        manifest's ``default_preset``.
        """
        manifest = verify_artifacts(directory)
        presets = cast(dict[str, dict[str, Any]], manifest["presets"])
        name = preset or str(manifest["default_preset"])
        if name not in presets:
            raise KeyError(f"no cascade preset {name!r}; the manifest has {sorted(presets)}")
        settings = CascadeSettings(**presets[name])
        fast = FastStage.from_json(directory / FAST_FILE)
        encoder = EncoderStage(directory / ENCODER_FILE, directory / TOKENIZER_FILE, settings.max_seq_len)
        return cls(fast, encoder, settings, manifest)

    @property
    def preset(self) -> str:
        """Name of the cascade settings in use."""
        for name, values in cast(dict[str, dict[str, Any]], self.manifest["presets"]).items():
            if CascadeSettings(**values) == self.settings:
                return name
        return "custom"

    @property
    def threshold(self) -> float:
        return self.settings.threshold

    # -- fast stage -------------------------------------------------------------------------------------

    def _windows(self, text: str) -> _Windows:
        s = self.settings
        text = text[: s.max_chars]
        toks = tokens(text)
        if not toks:
            # Nothing but white space: nothing to find.
            return _Windows([], [])
        if len(toks) <= s.window_tokens:
            return _Windows([text[: s.max_window_chars]], [_sigmoid(self.fast.logit_of_tokens(toks))])
        spans = list(token_spans(text))
        texts: list[str] = []
        fast: list[float] = []
        last_start = max(0, len(spans) - s.window_tokens)
        starts = list(range(0, last_start + 1, s.window_stride))
        if starts[-1] != last_start:
            starts.append(last_start)
        for start in starts:
            end = min(start + s.window_tokens, len(spans))
            window = text[spans[start][0] : spans[end - 1][1]]
            texts.append(window[: s.max_window_chars])
            fast.append(self.fast.prob(window))
        return _Windows(texts, fast)

    def fast_score(self, text: str) -> float:
        """The fast stage alone: the probability of the most offensive window."""
        return max(self._windows(text).fast, default=0.0)

    def encoder_score(self, text: str) -> float:
        """The encoder alone (for evaluation): the first window only, truncated to ``max_seq_len``."""
        return self.encoder.probs([text[: self.settings.max_window_chars]])[0]

    # -- cascade ----------------------------------------------------------------------------------------

    def _pending(self, windows: _Windows) -> list[int]:
        """Indices of the windows to send to the encoder: the most offensive-looking in the uncertain band."""
        s = self.settings
        if not windows.fast or max(windows.fast) >= s.high:
            return []
        band = [i for i, p in enumerate(windows.fast) if s.low < p]
        band.sort(key=lambda i: windows.fast[i], reverse=True)
        return band[: s.max_encoded_windows]

    def _combine(self, windows: _Windows, pending: list[int], encoded: list[float]) -> float:
        w = self.settings.encoder_weight
        scores = list(windows.fast)
        for i, p2 in zip(pending, encoded, strict=True):
            scores[i] = w * p2 + (1.0 - w) * windows.fast[i]
        return min(1.0, max(0.0, max(scores, default=0.0)))

    def score(self, text: str) -> float:
        """Probability that ``text`` is offensive, in [0, 1]."""
        windows = self._windows(text)
        pending = self._pending(windows)
        encoded = self.encoder.probs([windows.texts[i] for i in pending]) if pending else []
        return self._combine(windows, pending, encoded)

    def score_many(self, texts: Iterable[str]) -> list[float]:
        """``score`` for many texts, with the encoder's work batched across them."""
        all_windows = [self._windows(t) for t in texts]
        all_pending = [self._pending(w) for w in all_windows]
        queue = [w.texts[i] for w, pending in zip(all_windows, all_pending, strict=True) for i in pending]
        encoded = self.encoder.probs(queue) if queue else []
        out: list[float] = []
        at = 0
        for windows, pending in zip(all_windows, all_pending, strict=True):
            out.append(self._combine(windows, pending, encoded[at : at + len(pending)]))
            at += len(pending)
        return out

    def is_offensive(self, text: str) -> bool:
        """Whether ``text`` is offensive at the tuned threshold."""
        return self.score(text) >= self.settings.threshold


@functools.cache
def load_default(preset: str | None = None) -> OffensiveModel:
    """The shipped model, loaded (and its hashes checked) on first use, then cached.

    ``preset``: ``"quality"`` (the default; OLID macro-F1 at its best, the encoder sees most uncertain posts)
    or ``"speed"`` (a narrower uncertain band: far fewer posts reach the encoder, about 1.5 points of OLID
    macro-F1 less). Figures for both are in docs/offensive-model.md.
    """
    return OffensiveModel.load(DATA_DIR, preset)
