"""Giving a reference, recommendation or endorsement for someone on a networking site
(professional-reference)."""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.types import Finding, Post


@register
class ProfessionalReference(Detector):
    id = "professional-reference"
    categories = frozenset({"professional-reference"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        if post.action == "recommendation":
            return [
                self.finding(
                    "professional-reference",
                    ctx,
                    None,
                    "Gives a recommendation for someone on a networking site.",
                    0.95,
                    evidence="action: recommendation",
                )
            ]
        cues = [s for s in ctx.spans("endorse") if not ctx.negated(s)]
        if not cues:
            return []
        people = ctx.spans("person_pronoun") + [(h.start, h.end) for h in ctx.community()]
        pair = ctx.near(cues, people, window=40)
        if pair or post.platform == "linkedin":
            return [
                self.finding(
                    "professional-reference",
                    ctx,
                    cues[0],
                    "Gives a reference or endorsement for someone.",
                    0.85,
                )
            ]
        return []
