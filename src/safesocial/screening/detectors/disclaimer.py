"""Writing about work on a personal account without saying the views are the author's own
(missing-disclaimer)."""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.detectors.school_reference import work_references
from safesocial.screening.types import Finding, Post


@register
class MissingDisclaimer(Detector):
    id = "missing-disclaimer"
    categories = frozenset({"missing-disclaimer"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        if post.account != "personal":
            return []
        ctx = context
        in_post = ctx.has("disclaimer") and not self.setup.options.get("disclaimer_on_profile", False)
        if in_post or (post.bio and ctx.bio.has("disclaimer")):
            return []
        refs = work_references(ctx) or ctx.spans("edu_word")
        if not refs:
            return []
        return [
            self.finding(
                "missing-disclaimer",
                ctx,
                refs[0],
                "Writes about work with no statement that the views are the author's own.",
                0.85,
            )
        ]
