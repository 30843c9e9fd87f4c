"""Bullying, intimidation, threats or abuse aimed at a person (harassment)."""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import (
    live,
    menacing,
    said_to_someone,
    threats,
)
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class Harassment(Detector):
    id = "harassment"
    categories = frozenset({"harassment"})
    triggers = frozenset(
        {"intimidate", "menace", "pile_on", "insult", "insult_direct", "slur", "violent_verb"}
    )

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        intimidation = menacing(ctx, ("intimidate", "menace"))
        if intimidation:
            return [
                self.finding("harassment", ctx, intimidation[0], "Intimidates or threatens someone.", 0.9)
            ]
        crowd = [s for s in ctx.spans("pile_on") if not ctx.negated(s)]
        if crowd:
            return [self.finding("harassment", ctx, crowd[0], "Sets others on a person (a pile-on).", 0.85)]
        for span in live(ctx, ctx.spans("insult", "insult_direct", "slur")):
            if said_to_someone(ctx, span):
                start = max(0, span[0] - 40)
                you = ctx.lower.rfind("you", start, span[0])
                begin = you if you >= 0 else span[0]
                return [self.finding("harassment", ctx, (begin, span[1]), "Insults someone directly.", 0.8)]
        for span, at_person in threats(ctx):
            if at_person:
                return [self.finding("harassment", ctx, span, "Threatens a person with violence.", 0.9)]
        return []
