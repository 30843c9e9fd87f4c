"""Content demeaning people for a protected characteristic (discriminatory)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


def _cigarettes(ctx: Context, span: Span) -> bool:
    """ "Fags" is British slang for cigarettes: with duty, cartons or smoking nearby, it is not a slur."""
    return ctx.lower[span[0] : span[1]] in ("fag", "fags") and bool(
        ctx.near([span], ctx.spans("tobacco_context"), window=60, sentence=False)
    )


# A group word naming a thing, not people: "the Polish team", "Polish food", "the Muslim festival".
_THINGS = re.compile(
    r" (?:team|teams|side|squad|food|deli|shop|shops|restaurant|cafe|language|lessons?|class|film|films|"
    r"music|"
    r"dancing|festival|market|night|beer|bakery|flag|culture|history|choir|club|cuisine|recipes?)\b"
)
_BACK_REFERENCES = (" them", " they", " these people", " those people", " their ")


def _refers_back(ctx: Context, span: Span) -> bool:
    """A demeaning phrase whose own sentence points back at people named before it ("send them back")."""
    start = max(0, span[0] - 80)
    while start < span[0] and not ctx.same_sentence(start, span[0]):
        start += 1
    window = " " + ctx.lower[start : span[1]] + " "
    return any(ref in window for ref in _BACK_REFERENCES)


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
        if pair is None and demeaning:
            # The group named, then "them" or "they" in the next sentence: "Migrants in the hotel now. Send
            # them all back, vermin."
            people = [g for g in groups if not _THINGS.match(ctx.lower, g[1])]
            back = [s for s in demeaning if _refers_back(ctx, s)]
            pair = ctx.near(people, back, window=90, sentence=False)
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
