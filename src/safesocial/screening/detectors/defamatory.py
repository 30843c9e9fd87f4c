"""Allegations of wrongdoing against an identifiable person or the school (defamatory)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import aimed
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class Defamatory(Detector):
    id = "defamatory"
    categories = frozenset({"defamatory"})
    triggers = frozenset({"allegation", "take_verb"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        cues = list(ctx.spans("allegation"))
        # "taking cash from the trip fund", "helping herself to the PTA money"
        taking = ctx.near(ctx.spans("take_verb"), ctx.spans("money_word"), window=40)
        if taking is not None:
            cues.append(span_union(*taking))
        if not cues:
            return []
        pair = aimed(ctx, cues, window=70)
        if pair is None:
            return []
        return [
            self.finding(
                "defamatory",
                ctx,
                span_union(*pair),
                "Alleges wrongdoing by an identifiable person or the school.",
                0.8,
            )
        ]
