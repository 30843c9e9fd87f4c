"""Train the learned stage: `python -m safesocial.screening.learned.train [--olid PATH]`.

Reads every `corpus/*.tsv` (see corpus/README.md), optionally a sample of OLID's tweets labelled not
offensive as extra clean text (`--olid /work/shared/data/olid/olid-training-v1.0.tsv`: read, never copied),
and fits one L2-regularised logistic regression per category on the features of `feature_names()`. A
category's threshold is the lowest score at which the out-of-fold predictions (five folds, fixed seed) reach
the target precision; categories with too few examples, or that cannot reach it with useful recall, are
left out. Writes `weights.json` next to this file. Needs scikit-learn (the `train` extra).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path
from typing import Any

from safesocial.screening.analysis import Context
from safesocial.screening.learned import CATEGORIES, WEIGHTS, feature_names
from safesocial.screening.learned.everyday import everyday
from safesocial.screening.profile import CompiledProfile
from safesocial.screening.types import Post, Profile

CORPUS = Path(__file__).resolve().parent / "corpus"
PRUNE = 0.02  # weights smaller than this in every category are dropped: a smaller file, the same decisions
SEED = 20260614
TARGET_PRECISION = 0.9  # out of fold, over the whole corpus; in use the analysis must also confirm
MIN_POSITIVES = 20
MIN_RECALL = 0.1
C = 1.0
# A school of invented people, so that placeholders read as the roster's names do at run time.
PLACEHOLDERS = {
    "{PUPIL}": "Zinnia Quarrie",
    "{STAFF}": "Ozwald Fenby",
    "{PARENT}": "Marla Quarrie",
    "{GOVERNOR}": "Hedley Brough",
    "{SCHOOL}": "Thornwick Academy",
}
PROFILE = {
    "school": {"name": "Thornwick Academy", "aliases": ["Thornwick"], "handles": [], "domains": []},
    "trust": {"name": None, "aliases": []},
    "timezone": "Europe/London",
    "people": [
        {"name": "Zinnia Quarrie", "role": "pupil"},
        {"name": "Ozwald Fenby", "role": "staff"},
        {"name": "Marla Quarrie", "role": "parent"},
        {"name": "Hedley Brough", "role": "governor"},
    ],
}


def _fill(text: str) -> str:
    for key, name in PLACEHOLDERS.items():
        text = text.replace(key, name)
    return text


def read_corpus() -> list[tuple[frozenset[str], str, str, str]]:
    rows = []
    for path in sorted(CORPUS.glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise SystemExit(f"{path.name}:{n}: want 4 tab-separated fields, got {len(parts)}")
            labels, author, recipient, text = parts
            cats = frozenset() if labels == "ok" else frozenset(labels.split(","))
            rows.append((cats, author, recipient, _fill(text)))
    return rows


def read_olid(path: Path, limit: int) -> list[tuple[frozenset[str], str, str, str]]:
    with path.open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t")
        header = next(reader)
        ti, li = header.index("tweet"), header.index("subtask_a")
        texts = [row[ti].replace("@USER", "").strip() for row in reader if row[li] == "NOT"]
    random.Random(SEED).shuffle(texts)  # noqa: S311  (reproducible sampling, not security)
    return [(frozenset(), "public", "-", t) for t in texts[:limit] if t]


def featurise(rows: list[tuple[frozenset[str], str, str, str]]) -> list[frozenset[str]]:
    compiled = CompiledProfile(Profile.from_dict(PROFILE), welsh=True)
    out = []
    for i, (_, author, recipient, text) in enumerate(rows):
        record: dict[str, Any] = {
            "id": str(i),
            "text": text,
            "account": "personal",
            "author_role": author,
            "platform": "other",
            "audience": "public",
        }
        if recipient != "-":
            record.update(action="comment", recipient_role=recipient)
        out.append(feature_names(Context(Post.from_dict(record), compiled)))
    return out


def main(argv: list[str] | None = None) -> int:
    from scipy.sparse import csr_matrix  # the train extra
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--olid", type=Path, default=None, help="OLID training file: its clean tweets as negatives"
    )
    ap.add_argument("--olid-limit", type=int, default=3000)
    ap.add_argument("--everyday", type=int, default=1500, help="clean template sentences of school life")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--check", action="store_true", help="train, and exit 1 if the result differs from --out")
    args = ap.parse_args(argv)

    rows = read_corpus()
    rows += [(frozenset(), a, r, _fill(t)) for a, r, t in everyday(args.everyday, SEED)]
    if args.olid is not None:
        rows += read_olid(args.olid, args.olid_limit)
    feats = featurise(rows)
    vocabulary: dict[str, int] = {}
    indptr: list[int] = [0]
    indices: list[int] = []
    for f in feats:
        indices.extend(vocabulary.setdefault(name, len(vocabulary)) for name in sorted(f))
        indptr.append(len(indices))
    matrix = csr_matrix(([1.0] * len(indices), indices, indptr), shape=(len(rows), len(vocabulary)))
    categories = sorted(CATEGORIES)
    kept: dict[str, Any] = {}
    training: dict[str, Any] = {}
    for category in categories:
        y = [1 if category in cats else 0 for cats, *_ in rows]
        positives = sum(y)
        summary: dict[str, Any] = {"positives": positives, "examples": len(y)}
        training[category] = summary
        if positives < MIN_POSITIVES:
            summary["skipped"] = "too few examples"
            continue
        oof = [0.0] * len(y)
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
        for train_idx, test_idx in folds.split(matrix, y):
            model = LogisticRegression(C=C, solver="liblinear", class_weight="balanced")
            model.fit(matrix[train_idx], [y[i] for i in train_idx])
            for i, p in zip(test_idx, model.predict_proba(matrix[test_idx])[:, 1], strict=True):
                oof[int(i)] = float(p)
        threshold, precision, recall = _threshold(oof, y)
        summary.update(threshold=threshold, oof_precision=round(precision, 3), oof_recall=round(recall, 3))
        if threshold is None or recall < MIN_RECALL:
            summary["skipped"] = "cannot reach the target precision with useful recall"
            continue
        model = LogisticRegression(C=C, solver="liblinear", class_weight="balanced")
        model.fit(matrix, y)
        kept[category] = (float(model.intercept_[0]), model.coef_[0], threshold)
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    used = sorted({i for _, coef, _ in kept.values() for i in coef.nonzero()[0] if abs(coef[i]) >= PRUNE})
    index = {old: new for new, old in enumerate(used)}
    out: dict[str, Any] = {
        "version": "2",
        "categories": sorted(kept),
        "features": [names[i] for i in used],
        "bias": {c: round(b, 4) for c, (b, _, _) in kept.items()},
        "thresholds": {c: round(t, 4) for c, (_, _, t) in kept.items()},
        "weights": {
            c: {str(index[i]): round(float(coef[i]), 4) for i in used if abs(coef[i]) >= PRUNE}
            for c, (_, coef, _) in kept.items()
        },
        "training": training,
    }
    text = json.dumps(out, sort_keys=True, separators=(",", ":")) + "\n"
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("weights reproduced exactly" if same else f"weights differ from {args.out}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    for category, summary in training.items():
        print(category, summary)
    print(f"{len(out['features'])} features kept of {len(vocabulary)}")
    return 0


def _threshold(scores: list[float], y: list[int]) -> tuple[float | None, float, float]:
    """The lowest threshold whose precision is at least TARGET_PRECISION (with its precision and recall)."""
    ranked = sorted(zip(scores, y, strict=True), reverse=True)
    positives = sum(y)
    best: tuple[float | None, float, float] = (None, 0.0, 0.0)
    tp = fp = 0
    for score, label in ranked:
        tp += label
        fp += 1 - label
        precision = tp / (tp + fp)
        if precision >= TARGET_PRECISION and tp >= 3:
            best = (score, precision, tp / positives)
    return best


if __name__ == "__main__":
    raise SystemExit(main())
