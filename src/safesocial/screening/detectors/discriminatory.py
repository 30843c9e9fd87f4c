"""Content demeaning people for a protected characteristic (discriminatory)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


def _cigarettes(ctx: Context, span: Span) -> bool:
    """ "Fags" is British slang for cigarettes: with duty, cartons or smoking nearby, it is not a slur."""
    return ctx.lower[span[0] : span[1]] in ("fag", "fags") and bool(
        ctx.near([span], ctx.spans("tobacco_context"), window=60, sentence=False)
    )


@register
class Discriminatory(Detector):
    id = "discriminatory"
    categories = frozenset({"discriminatory"})
    triggers = frozenset({"slur", "expel_strong", "group"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        slurs = [
            s for s in ctx.spans("slur") if not ctx.overlaps(s, "figurative") and not _cigarettes(ctx, s)
        ]
        if slurs:
            return [self.finding("discriminatory", ctx, slurs[0], "Uses a discriminatory slur.", 0.95)]
        # "Send them back where they came from" is about people's origin whoever "they" are.
        expel = [s for s in ctx.spans("expel_strong") if not ctx.negated(s, reach=8)]
        if expel:
            return [
                self.finding(
                    "discriminatory",
                    ctx,
                    expel[0],
                    "Tells people to leave the country for who they are.",
                    0.9,
                )
            ]
        # "a night out with the girls" is friends, not a group demeaned
        groups = [s for s in ctx.spans("group") if not ctx.overlaps(s, "friends_group")]
        if not groups:
            return []
        demeaning = [s for s in ctx.spans("dehumanise", "expel", "demean") if not ctx.negated(s)]
        pair = ctx.near(groups, demeaning, window=90)
        if pair is None and ctx.has("all_are"):
            negative = [s for s in ctx.spans("neg_eval", "insult") if not ctx.negated(s)]
            if ctx.near(groups, ctx.spans("all_are"), window=30):
                pair = ctx.near(groups, negative, window=60)
        if pair is None:
            return []
        return [
            self.finding(
                "discriminatory", ctx, span_union(*pair), "Demeans a group of people for who they are.", 0.85
            )
        ]
