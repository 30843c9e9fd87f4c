"""Bullying, intimidation, threats or abuse aimed at a person (harassment)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import threats
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class Harassment(Detector):
    id = "harassment"
    categories = frozenset({"harassment"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        intimidation = [s for s in ctx.spans("intimidate") if not ctx.negated(s)]
        if intimidation:
            return [
                self.finding("harassment", ctx, intimidation[0], "Intimidates or threatens someone.", 0.9)
            ]
        insults = [s for s in ctx.spans("insult") if not ctx.negated(s) and not ctx.overlaps(s, "figurative")]
        if insults:
            pair = ctx.near(ctx.spans("second_person"), insults, window=25)
            if pair:
                return [self.finding("harassment", ctx, span_union(*pair), "Insults someone directly.", 0.8)]
        for span, at_person in threats(ctx):
            if at_person:
                return [self.finding("harassment", ctx, span, "Threatens a person with violence.", 0.9)]
        return []
