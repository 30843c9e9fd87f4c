"""Reusing someone else's images or writing without permission or acknowledgement (copyright)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class Copyright(Detector):
    id = "copyright"
    categories = frozenset({"copyright"})
    triggers = frozenset({"copy", "copy_verb"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        cues = [s for s in ctx.spans("copy") if not ctx.overlaps(s, "copy_ok")]
        # a taking word and somewhere taken from: "pinched these off a paid resource site"
        taken = ctx.near(ctx.spans("copy_verb"), ctx.spans("copy_source"), window=40)
        if taken is not None and taken[0][0] < taken[1][0]:
            cues.append(span_union(*taken))
        if not cues or ctx.has("copy_ok"):
            return []
        if ctx.has("copy_own") and taken is None:
            return []  # "a free download of my own phonics mats": the author's own work to give away
        return [
            self.finding(
                "copyright", ctx, cues[0], "Reuses someone else's work without permission or credit.", 0.8
            )
        ]
