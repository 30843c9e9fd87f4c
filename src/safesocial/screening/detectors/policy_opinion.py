"""Personal views on school policy, leadership or governors' decisions (policy-opinion)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import short_post
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.types import Finding, Post


@register
class PolicyOpinion(Detector):
    id = "policy-opinion"
    categories = frozenset({"policy-opinion"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        if post.account != "personal":
            return []
        ctx = context
        nouns = [s for s in ctx.spans("policy_noun") if not ctx.overlaps(s, "policy_exclude")]
        if not nouns or not (ctx.school_context or ctx.has("leader_word")):
            return []
        opinions = ctx.spans("opinion", "neg_eval")
        pair = ctx.near(nouns, opinions, window=90)
        if pair is None and opinions and short_post(ctx):
            pair = (nouns[0], opinions[0])
        if pair is None:
            return []
        return [
            self.finding(
                "policy-opinion",
                ctx,
                span_union(*pair),
                "Gives a personal view on a school policy or leadership decision.",
                0.8,
            )
        ]
