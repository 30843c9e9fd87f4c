"""Promoting radicalisation or extremism (extremism). Always escalates."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post

_CALL_REACH = 250  # the story and the call to act may sit a sentence or two apart


@register
class Extremism(Detector):
    id = "extremism"
    categories = frozenset({"extremism"})
    triggers = frozenset({"extreme_strong", "extreme_org", "call_to_arms", "call_soft"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        strong = [s for s in ctx.spans("extreme_strong") if not ctx.negated(s)]
        if strong:
            return [self.finding("extremism", ctx, strong[0], "Uses extremist slogans or ideas.", 0.9)]
        orgs = ctx.spans("extreme_org")
        if orgs:
            pair = ctx.near(orgs, ctx.spans("extreme_promote", "call_to_arms"), window=60)
            if (
                pair
                and not ctx.near([pair[0]], ctx.spans("news_cue"), window=60)
                and not ctx.negated(pair[1])
            ):
                return [
                    self.finding(
                        "extremism", ctx, span_union(*pair), "Promotes an extremist group or cause.", 0.85
                    )
                ]
        # An us-and-them story ("defend our race", "a white homeland") with a call to act on it; a story
        # told weakly ("our people are being replaced") only with a call to fight.
        calls = [s for s in ctx.spans("call_to_arms") if not ctx.negated(s)]
        soft = [s for s in ctx.spans("call_soft") if not ctx.negated(s)]
        if not calls and not soft:
            return []
        story = [
            s
            for s in ctx.spans("extreme_narrative")
            if not ctx.negated(s) and not ctx.near([s], ctx.spans("news_cue"), window=40)
        ]
        pair = ctx.near(story, calls + soft, window=_CALL_REACH, sentence=False)
        if pair is None and calls:
            weak = ctx.spans("extreme_narrative_weak")
            if weak and ctx.near(weak, ctx.spans("extreme_promote"), window=_CALL_REACH, sentence=False):
                pair = ctx.near(weak, calls, window=_CALL_REACH, sentence=False)
        if pair is None:
            return []
        return [
            self.finding(
                "extremism", ctx, span_union(*pair), "Calls people to act on an extremist cause.", 0.85
            )
        ]
