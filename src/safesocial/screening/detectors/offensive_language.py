"""Obscene, sexually explicit, profane or indecent content (offensive).

Word lists decide first. The trained offensive-language model (`safesocial.screening.offensive`) is asked
only when the word lists found nothing and the post carries some hostile or explicit cue, which keeps it off
the great majority of posts. If the model is not installed the detector says so once in the log and runs on
the word lists alone.
"""

from __future__ import annotations

import importlib
import logging
from typing import Protocol, cast

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector, Setup
from safesocial.screening.types import Finding, Post

log = logging.getLogger(__name__)
MODEL_THRESHOLD = 0.85
_GATE_TAGS = ("insult", "neg_eval", "dehumanise", "sexual_request", "intimidate", "slur")


class OffensiveModel(Protocol):
    def score(self, text: str) -> float: ...


_model_cache: dict[str, OffensiveModel | None] = {}


def load_model() -> OffensiveModel | None:
    """The packaged offensive-language model, or None (with one log line) if it is not available."""
    if "default" not in _model_cache:
        model: OffensiveModel | None = None
        try:
            module = importlib.import_module("safesocial.screening.offensive")
            model = cast(OffensiveModel, module.load_default())
        except Exception as exc:  # any failure means "no model", never a failed screening
            log.warning(
                "offensive-language model unavailable (%s: %s); using word lists only",
                type(exc).__name__,
                exc,
            )
        _model_cache["default"] = model
    return _model_cache["default"]


@register
class OffensiveLanguage(Detector):
    id = "offensive-language"
    categories = frozenset({"offensive"})

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        use_model = setup.options.get("offensive_model", True)
        self.model = load_model() if use_model else None

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        words = [s for s in ctx.spans("profanity") if not ctx.overlaps(s, "figurative")]
        if words:
            return [self.finding("offensive", ctx, words[0], "Contains profane or obscene language.", 0.95)]
        for img, scan in zip(post.images, ctx.images, strict=True):
            if scan.has("profanity", "explicit_image", "slur"):
                return [
                    self.finding(
                        "offensive",
                        ctx,
                        None,
                        "An attached image is obscene or explicit.",
                        0.85,
                        evidence=img.description,
                    )
                ]
        if self.model is None or not ctx.has(*_GATE_TAGS):
            return []
        score = self.model.score(post.text[:5000])
        if score >= MODEL_THRESHOLD:
            return [
                self.finding(
                    "offensive",
                    ctx,
                    None,
                    "The offensive-language model rates this post as offensive.",
                    score,
                    evidence=post.text[:200],
                )
            ]
        return []
