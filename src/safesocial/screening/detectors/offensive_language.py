"""Obscene, sexually explicit, profane or indecent content (offensive).

Word lists decide first. The offensive-language model (`_model`) is asked only when they found nothing and
the post carries some hostile or explicit cue, which keeps it off the great majority of posts.
"""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors._model import gated_score, model_for, threshold_of
from safesocial.screening.detectors.base import Detector, Setup
from safesocial.screening.types import Finding, Post


@register
class OffensiveLanguage(Detector):
    id = "offensive-language"
    categories = frozenset({"offensive"})

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        self.model = model_for(setup)
        self.threshold = threshold_of(self.model) if self.model is not None else 1.0

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
        if self.model is None:
            return []
        score = gated_score(self.model, ctx)
        if score is not None and score >= self.threshold:
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
