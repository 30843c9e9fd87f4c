"""The school's name, handle, logo or branding on a personal profile or account (school-identity)."""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.profile import OrgKind
from safesocial.screening.types import Finding, Post


@register
class SchoolIdentity(Detector):
    id = "school-identity"
    categories = frozenset({"school-identity"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        if post.account != "personal":
            return []
        ctx = context
        if post.display_name and (ctx.display_name.orgs or ctx.profile.compact_org_in(post.display_name)):
            return [
                self.finding(
                    "school-identity",
                    ctx,
                    None,
                    "The profile's display name contains the school's name or handle.",
                    0.95,
                    evidence=post.display_name,
                )
            ]
        # Saying who you work for in a bio is allowed by most policies; the school's handle, web address
        # or branding on a personal profile is not.
        if post.bio and any(o.kind in (OrgKind.HANDLE, OrgKind.DOMAIN) for o in ctx.bio.orgs):
            return [
                self.finding(
                    "school-identity",
                    ctx,
                    None,
                    "The profile's bio names the school or links to it.",
                    0.85,
                    evidence=post.bio,
                )
            ]
        for img, scan in zip(post.images, ctx.images, strict=True):
            if scan.has("logo_word") and (scan.orgs or scan.has("school_word")):
                return [
                    self.finding(
                        "school-identity",
                        ctx,
                        None,
                        "An attached image shows the school's logo or badge.",
                        0.85,
                        evidence=img.description,
                    )
                ]
        domains = [o for o in ctx.orgs if o.kind == OrgKind.DOMAIN]
        if domains and any(
            w in ctx.lower for w in ("my blog", "my site", "my website", "my page", "linked", "link")
        ):
            o = domains[0]
            return [
                self.finding(
                    "school-identity", ctx, (o.start, o.end), "Links a personal site with the school's.", 0.8
                )
            ]
        if post.action == "profile_update" and post.bio and ctx.bio.orgs:
            # The profile is what is being published: the school's name in it puts the school on it.
            return [
                self.finding(
                    "school-identity",
                    ctx,
                    None,
                    "The updated profile names the school.",
                    0.9,
                    evidence=post.bio,
                )
            ]
        if post.action == "profile_update" and ctx.orgs:
            o = ctx.orgs[0]
            return [
                self.finding(
                    "school-identity",
                    ctx,
                    (o.start, o.end),
                    "Puts the school's name on a personal profile.",
                    0.9,
                )
            ]
        return []
