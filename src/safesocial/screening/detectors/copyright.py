"""Reusing someone else's images or writing without permission or acknowledgement (copyright)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post

# Two kinds of reuse no word list names: someone else's music laid under a video ("used a Taylor Swift track
# under our sports day video"), and paid-for writing passed round free ("screenshotted this paywalled piece").
_MUSIC = re.compile(
    r"\b(?:used|put|added|stuck|set|dubbed|played)\b(?: [\w'’-]+){0,5}? "
    r"(?:song|track|music|tune|soundtrack)s?"
    r" (?:under|over|behind|on|onto|to|in|for)\b(?: [\w'’-]+){0,4}? "
    r"(?:video|videos|montage|reel|reels|slideshow|clip|clips|tiktok|film|vlog)\b"
)
_PAYWALL = re.compile(
    r"\b(?:paywall(?:ed)?|subscribers?[- ]only|premium article|behind a paywall)\b"
    r"(?:[^.!?\n]{0,80}?)\b(?:free|for nothing|everyone|you all|all of you|share|shared|sharing|read it)\b"
    r"|\b(?:screenshot(?:ted)?|copied|pasted|shared)\b[^.!?\n]{0,60}?\bpaywall(?:ed)?\b"
)
_LICENSED = re.compile(
    r"\b(?:royalty[- ]free|copyright[- ]free|free audio library|audio library|licen[cs]ed|with permission|"
    r"our own (?:song|music|track)|we wrote|composed by (?:our|the children|pupils)|no copyright music)\b"
)


@register
class Copyright(Detector):
    id = "copyright"
    categories = frozenset({"copyright"})
    triggers = frozenset({"copy", "copy_verb", "reuse_hint"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        if not (ctx.has("copy") or ctx.has("copy_verb")):
            return self._reuse(ctx)
        cues = [s for s in ctx.spans("copy") if not ctx.overlaps(s, "copy_ok")]
        # a taking word and somewhere taken from: "pinched these off a paid resource site"
        taken = ctx.near(ctx.spans("copy_verb"), ctx.spans("copy_source"), window=40)
        if taken is not None and taken[0][0] < taken[1][0]:
            cues.append(span_union(*taken))
        if ctx.has("copy_ok"):
            return []
        if not cues:
            return self._reuse(ctx)
        if ctx.has("copy_own") and taken is None:
            return []  # "a free download of my own phonics mats": the author's own work to give away
        return [
            self.finding(
                "copyright", ctx, cues[0], "Reuses someone else's work without permission or credit.", 0.8
            )
        ]

    def _reuse(self, ctx: Context) -> list[Finding]:
        low = ctx.lower
        if len(low) > 2000 or not ctx.has("reuse_hint") or _LICENSED.search(low):
            return []
        found = _MUSIC.search(low) or _PAYWALL.search(low)
        if found is None or ctx.negated(found.span()):
            return []
        return [
            self.finding(
                "copyright",
                ctx,
                found.span(),
                "Reuses someone else's work without permission or credit.",
                0.75,
            )
        ]
