"""Threats of violence and other illegal activity: counterfeit or stolen goods, drugs, indecent images,
voyeurism, weapons (illegal)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import menacing, threats
from safesocial.screening.detectors.base import Detector
from safesocial.screening.lazy import concept_spans
from safesocial.screening.types import Finding, Post

# "my stolen bike turned up": the author was robbed
_VICTIM = re.compile(r"(?:my|our|his|her|their) $")
# Forged money and documents are a crime to hold, sale or not.
_FORGED_ALONE = frozenset(
    {"notes", "£20 notes", "£10 notes", "£50 notes", "money", "cash", "id", "ids", "passports", "passport"}
    | {"tenners", "twenties", "fivers", "fifties", "£20s", "£10s", "£50s"}
)

_BLADES = ("knife", "blade", "cyllell", "gyllell")


def _kitchen_blade(ctx: Context, span: Span) -> bool:
    """ "I'll bring a knife for the food tech cake": a blade in cooking or crafts, not a weapon."""
    if not any(b in ctx.lower[span[0] : span[1]] for b in _BLADES):
        return False
    return ctx.near([span], concept_spans(ctx, "knife_clean"), window=60) is not None


@register
class Illegal(Detector):
    id = "illegal"
    categories = frozenset({"illegal"})
    triggers = frozenset(
        {
            "violent_verb",
            "menace",
            "child_sexual",
            "crime_other",
            "restricted_goods",
            "fake_adj",
            "sell_cue",
            "drug_slang",
        }
    )

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        found = threats(ctx)
        if found:
            return [self.finding("illegal", ctx, found[0][0], "Threatens violence.", 0.9)]
        menace = menacing(ctx, ("menace",))
        if menace:
            return [self.finding("illegal", ctx, menace[0], "Threatens someone with harm.", 0.85)]
        images = ctx.spans("child_sexual")
        if images:
            return [self.finding("illegal", ctx, images[0], "Refers to indecent images of children.", 0.95)]
        crime = [s for s in ctx.spans("crime_other") if not ctx.negated(s) and not _kitchen_blade(ctx, s)]
        if crime and concept_spans(ctx, "crime_warn"):
            # "Warning: never let money go through your account, it's money mule fraud"
            warnings = concept_spans(ctx, "crime_warn")
            crime = [s for s in crime if ctx.near([s], warnings, window=80, sentence=False) is None]
        if crime:
            return [self.finding("illegal", ctx, crime[0], "Describes a criminal act.", 0.85)]
        restricted = ctx.near(ctx.spans("restricted_goods"), ctx.spans("sell_cue"), window=40, sentence=False)
        children = ctx.spans("pupil_word", "kids_word", "minor_self")
        if restricted is not None and ctx.near(
            [span_union(*restricted)], children, window=60, sentence=False
        ):
            # "selling vapes to the Year 6s": age-restricted goods sold to children
            return [
                self.finding(
                    "illegal", ctx, span_union(*restricted), "Sells age-restricted goods to children.", 0.85
                )
            ]
        fake = self._fake_goods(ctx)
        if fake is not None:
            return [self.finding("illegal", ctx, fake, "Offers counterfeit, stolen or forged goods.", 0.85)]
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
        slang = [s for s in ctx.spans("drug_slang") if not ctx.overlaps(s, "figurative")]
        if slang:
            # a street name is a drug beside an amount or a price and a sale: "bud, £10 a bag, DM me"
            pair = ctx.near(slang, ctx.spans("drug_unit"), window=80, sentence=False)
            if pair and sell:
                return [
                    self.finding("illegal", ctx, span_union(*pair), "Offers illegal drugs for sale.", 0.85)
                ]
        return []

    @staticmethod
    def _fake_goods(ctx: Context) -> Span | None:
        fakes = [
            s
            for s in ctx.spans("fake_adj")
            if not ctx.negated(s) and not _VICTIM.search(ctx.lower, max(0, s[0] - 5), s[0])
        ]
        if not fakes:
            return None
        pair = ctx.near(fakes, ctx.spans("goods"), window=25)
        if pair is None or pair[1][0] < pair[0][0]:
            return None
        goods = ctx.lower[pair[1][0] : pair[1][1]]
        if goods in _FORGED_ALONE or ctx.near([pair[0]], ctx.spans("sell_cue"), window=80, sentence=False):
            return span_union(*pair)
        return None
