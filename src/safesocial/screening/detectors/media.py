"""Answering a journalist, or being paid for a story, about school matters without approval (media)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.types import Finding, Post

# A local paper's name: a capitalised place and a masthead word ("The Sleaford Standard", "Wells Journal").
_MASTHEAD = re.compile(
    r"\b[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})? (?:Standard|Echo|Gazette|Post|Times|Mail|Herald|Chronicle|"
    r"Advertiser|Mercury|Observer|Argus|Telegraph|Journal|Express|News|Press|Courier|Reporter|Sentinel|"
    r"Guardian|Citizen|Star|Target|Leader|Messenger|Examiner|Recorder|Bulletin)\b"
)
# The masthead word (with the space before it) that every match of _MASTHEAD ends with: a quick first test.
_MASTHEAD_HINT = re.compile(
    r" (?:Standard|Echo|Gazette|Post|Times|Mail|Herald|Chronicle|"
    r"Advertiser|Mercury|Observer|Argus|Telegraph|Journal|Express|News|Press|Courier|Reporter|Sentinel|"
    r"Guardian|Citizen|Star|Target|Leader|Messenger|Examiner|Recorder|Bulletin)\b"
)


@register
class Media(Detector):
    id = "media"
    categories = frozenset({"media"})
    triggers = frozenset({"media_engage"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        engage = [s for s in ctx.spans("media_engage") if not ctx.negated(s)]
        if not engage:
            return []
        entities: list[Span] = list(ctx.spans("media_entity"))
        if len(ctx.text) <= 5000 and _MASTHEAD_HINT.search(ctx.text):
            entities.extend(m.span() for m in _MASTHEAD.finditer(ctx.text))
        if not entities:
            return []
        pair = ctx.near(entities, engage, window=120, sentence=False)
        if pair is None:
            return []
        return [
            self.finding(
                "media",
                ctx,
                span_union(*pair),
                "Deals with a journalist or the press about school matters.",
                0.85,
            )
        ]
