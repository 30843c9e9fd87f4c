"""Answering a journalist, or being paid for a story, about school matters without approval (media)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.types import Finding, Post


@register
class Media(Detector):
    id = "media"
    categories = frozenset({"media"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        entities = ctx.spans("media_entity")
        if not entities:
            return []
        engage = [s for s in ctx.spans("media_engage") if not ctx.negated(s)]
        pair = ctx.near(entities, engage, window=120, sentence=False)
        if pair is None:
            return []
        return [
            self.finding(
                "media",
                ctx,
                span_union(*pair),
                "Deals with a journalist or the press about school matters.",
                0.85,
            )
        ]
