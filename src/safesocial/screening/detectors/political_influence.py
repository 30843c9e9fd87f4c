"""Using a trusted adult's position to sway pupils' political or religious views, or recruit them
(political-influence)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.types import Finding, Post


@register
class PoliticalInfluence(Detector):
    id = "political-influence"
    categories = frozenset({"political-influence"})
    triggers = frozenset({"persuade"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        if not ctx.has("persuade") or not ctx.has("politics"):
            return []
        to_pupils = (
            post.recipient_role == "pupil"
            or ctx.has("pupil_word")
            or (ctx.school_context and ctx.has("kids_word"))
        )
        if not to_pupils:
            return []
        pair = ctx.near(ctx.spans("persuade"), ctx.spans("politics"), window=50)
        if pair is None:
            return []
        return [
            self.finding(
                "political-influence",
                ctx,
                span_union(*pair),
                "Urges pupils towards a political or religious cause.",
                0.8,
            )
        ]
