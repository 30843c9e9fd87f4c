"""Critical, derogatory or undermining remarks about the school, its staff, pupils, parents or governors
(disparaging)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import aimed
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class Disparaging(Detector):
    id = "disparaging"
    categories = frozenset({"disparaging"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        cues = ctx.spans("neg_eval", "insult")
        if not cues:
            return []
        pair = aimed(ctx, cues)
        if pair is None:
            return []
        word = ctx.text[pair[0][0] : pair[0][1]]
        return [
            self.finding(
                "disparaging",
                ctx,
                span_union(*pair),
                f"A derogatory remark (\u201c{word}\u201d) about the school community.",
                0.85,
            )
        ]
