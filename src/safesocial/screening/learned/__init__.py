"""The learned stage: one small linear model per category over words, word pairs and concept classes.

Word lists and frames say exactly which words make a risk; this stage weighs many weak signs together, so
that a post with no listed phrase but the vocabulary and shape of a risk can still be caught. It is trained
on a corpus the screening team wrote (`corpus/*.tsv`, never an evaluation set) plus clean everyday school
talk (`everyday.py`) by `train.py`; its weights (`weights.json`) are shipped with the screener. The detector
that uses it (`detectors/learned.py`) reports a category only above a high-precision threshold and only when
the analysis confirms who the post is about (a child, a person of the school).

Features are read from the post's shared analysis: lower-cased words (people of the school's roster replaced
by their role, the school's names by `__school`), adjacent word pairs, the concept classes the main scan
found, and the author's and recipient's roles. The model keeps only the features it has weights for, so
scoring a post is a handful of dictionary look-ups and one small sum.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from safesocial.screening.analysis import Context

WEIGHTS = Path(__file__).resolve().parent / "weights.json"
# The categories the stage is trained and used for. The corpus labels others too (disparaging, personal data,
# ...); on the blind waves the stage added nothing for them, so they are left to the rules and frames.
CATEGORIES = ("confidential", "extremism", "harassment", "illegal", "safeguarding")
MAX_CHARS = 400  # the start of a long post carries what a reader weighs first; bounded work
_WORD = re.compile(r"[a-z0-9\u00c0-\u024f]+(?:'[a-z]+)?|[\U0001f300-\U0001faff\u2600-\u27bf]")


def feature_names(ctx: Context) -> frozenset[str]:
    """The features of a post: `w:` words, `b:` word pairs, `t:` concept classes, `a:`/`r:` roles."""
    cached: frozenset[str] | None = ctx.memo.get("_learned_features")
    if cached is not None:
        return cached
    low = ctx.lower[:MAX_CHARS]
    marks: list[tuple[int, int, str]] = []
    for h in ctx.persons:
        if h.end <= MAX_CHARS:
            role = "pupil" if "pupil" in h.roles else min(h.roles) if h.roles else "person"
            marks.append((h.start, h.end, f"__{role}"))
    for o in ctx.orgs:
        if o.end <= MAX_CHARS:
            marks.append((o.start, o.end, "__school"))
    tokens: list[str] = []
    pos = 0
    for start, end, token in sorted(marks):
        if start < pos:
            continue
        tokens.extend(_WORD.findall(low, pos, start))
        tokens.append(token)
        pos = end
    tokens.extend(_WORD.findall(low, pos))
    post = ctx.post
    names = [f"w:{t}" for t in tokens]
    names += [f"b:{a} {b}" for a, b in pairwise(tokens)]
    names += [f"t:{tag}" for tag in ctx.cues]
    names.append(f"a:{post.author_role}")
    if post.recipient_role:
        names.append(f"r:{post.recipient_role}")
    frozen = ctx.memo["_learned_features"] = frozenset(names)
    return frozen


@dataclass(frozen=True)
class LearnedModel:
    """Per-category linear models; `weights[i, k]` is feature i's weight for `categories[k]`."""

    categories: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    thresholds: dict[str, float]
    version: str = ""
    # Each category's non-zero weights by feature name, read per post without numpy's per-call overhead.
    by_category: dict[str, dict[str, float]] = field(init=False, repr=False, compare=False)
    bias_of: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        table = self.weights.tolist()
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        object.__setattr__(
            self,
            "by_category",
            {
                c: {name: row[k] for name, row in zip(names, table, strict=True) if row[k] != 0.0}
                for k, c in enumerate(self.categories)
            },
        )
        object.__setattr__(self, "bias_of", dict(zip(self.categories, self.bias.tolist(), strict=True)))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LearnedModel:
        categories = tuple(data["categories"])
        names: list[str] = data["features"]
        weights = np.zeros((len(names), len(categories)), dtype=np.float64)
        for k, category in enumerate(categories):
            for i, w in data["weights"][category].items():
                weights[int(i), k] = float(w)
        return cls(
            categories=categories,
            vocabulary={name: i for i, name in enumerate(names)},
            weights=weights,
            bias=np.array([float(data["bias"][c]) for c in categories]),
            thresholds={c: float(data["thresholds"][c]) for c in categories},
            version=str(data.get("version", "")),
        )

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> LearnedModel:
        with path.open(encoding="utf-8") as fh:
            return cls.from_dict(json.load(fh))

    def scores(self, ctx: Context, categories: Iterable[str] | None = None) -> dict[str, float]:
        """The probability of each category (every category the model knows, or only those asked for)."""
        feats = feature_names(ctx)
        bias = self.bias_of
        out = {}
        for c in self.categories if categories is None else categories:
            weights = self.by_category[c]
            z = bias[c] + math.fsum([weights[f] for f in feats & weights.keys()])
            out[c] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out


@cache
def default_model() -> LearnedModel | None:
    """The shipped weights, or None if they are not there (the screener then runs without this stage)."""
    return LearnedModel.load() if WEIGHTS.exists() else None
