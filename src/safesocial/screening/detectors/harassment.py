"""Bullying, intimidation, threats or abuse aimed at a person (harassment)."""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors._model import gated_score, model_for, threshold_of
from safesocial.screening.detectors._shared import (
    live,
    menacing,
    recipient_is_community,
    said_to_someone,
    threats,
)
from safesocial.screening.detectors.base import Detector, Setup
from safesocial.screening.types import Finding, Post


@register
class Harassment(Detector):
    id = "harassment"
    categories = frozenset({"harassment"})

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        self.model = model_for(setup)
        self.threshold = threshold_of(self.model) if self.model is not None else 1.0

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
        if self.model is not None and self._at_a_person(ctx):
            score = gated_score(self.model, ctx)
            if score is not None and score >= self.threshold:
                return [
                    self.finding(
                        "harassment",
                        ctx,
                        None,
                        "The offensive-language model rates this as abuse aimed at a person.",
                        score,
                        evidence=post.text[:200],
                    )
                ]
        return []

    @staticmethod
    def _at_a_person(ctx: Context) -> bool:
        """Spoken to someone, or naming someone of the school: abuse needs a person to be aimed at."""
        return recipient_is_community(ctx) or bool(ctx.community()) or ctx.post.audience == "direct"
