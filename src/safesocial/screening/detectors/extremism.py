"""Promoting radicalisation or extremism (extremism). Always escalates."""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class Extremism(Detector):
    id = "extremism"
    categories = frozenset({"extremism"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        strong = [s for s in ctx.spans("extreme_strong") if not ctx.negated(s)]
        if strong:
            return [self.finding("extremism", ctx, strong[0], "Uses extremist slogans or ideas.", 0.9)]
        orgs = ctx.spans("extreme_org")
        if not orgs:
            return []
        pair = ctx.near(orgs, ctx.spans("extreme_promote"), window=60)
        if pair and not ctx.near([pair[0]], ctx.spans("news_cue"), window=60) and not ctx.negated(pair[1]):
            return [
                self.finding(
                    "extremism",
                    ctx,
                    (min(pair[0][0], pair[1][0]), max(pair[0][1], pair[1][1])),
                    "Promotes an extremist group or cause.",
                    0.85,
                )
            ]
        return []
