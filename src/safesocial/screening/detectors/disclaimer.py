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
        options = self.setup.options
        in_post = ctx.has("disclaimer") and not options.get("disclaimer_on_profile", False)
        if in_post or (post.bio and ctx.bio.has("disclaimer")):
            return []
        refs = work_references(ctx) or ctx.spans("edu_word")
        if not refs:
            return []
        if options.get("disclaimer_needs_affiliation", False) and not self._affiliated(post, ctx):
            return []  # the policy asks for one only from staff who say who they work for
        return [
            self.finding(
                "missing-disclaimer",
                ctx,
                refs[0],
                "Writes about work with no statement that the views are the author's own.",
                0.85,
            )
        ]

    @staticmethod
    def _affiliated(post: Post, ctx: Context) -> bool:
        """The post or the profile names the school or trust the author works for."""
        if ctx.orgs:
            return True
        return bool((post.bio and ctx.bio.orgs) or (post.display_name and ctx.display_name.orgs))
