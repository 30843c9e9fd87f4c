"""Threats of violence and other illegal activity: counterfeit or stolen goods, drugs, indecent images,
voyeurism, weapons (illegal)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import threats
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class Illegal(Detector):
    id = "illegal"
    categories = frozenset({"illegal"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        found = threats(ctx)
        if found:
            return [self.finding("illegal", ctx, found[0][0], "Threatens violence.", 0.9)]
        images = ctx.spans("child_sexual")
        if images:
            return [self.finding("illegal", ctx, images[0], "Refers to indecent images of children.", 0.95)]
        crime = [s for s in ctx.spans("crime_other") if not ctx.negated(s)]
        if crime:
            return [self.finding("illegal", ctx, crime[0], "Describes a criminal act.", 0.85)]
        sell = ctx.spans("sell_cue")
        if sell:
            for tag, reason in (
                ("counterfeit", "Offers counterfeit, stolen or forged goods."),
                ("drugs", "Refers to buying, selling or taking illegal drugs."),
            ):
                cues = [s for s in ctx.spans(tag) if not ctx.overlaps(s, "figurative") and not ctx.negated(s)]
                pair = ctx.near(cues, sell, window=70, sentence=False)
                if pair:
                    return [self.finding("illegal", ctx, span_union(*pair), reason, 0.85)]
        return []
