"""Obscene, sexually explicit, profane or indecent content (offensive), by word lists and image
descriptions. The offensive-language model is a late back-stop (`model_backstop.py`)."""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class OffensiveLanguage(Detector):
    id = "offensive-language"
    categories = frozenset({"offensive"})

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
        return []
