"""Photos or videos of pupils outside the school's approved channels, or on them without consent or for a
pupil on the no-publish list (pupil-image)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, TextScan
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Image, Post

_NO_CONSENT = ("no consent", "without consent", "not consented", "no permission", "without permission")


@register
class PupilImage(Detector):
    id = "pupil-image"
    categories = frozenset({"pupil-image"})
    authors = frozenset({"staff", "governor", "parent", "public"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        for img, desc, names in zip(post.images, ctx.images, ctx.image_people, strict=True):
            shown, no_publish = self._pupils_shown(ctx, img, desc, names)
            if not shown:
                continue
            if post.account == "personal":
                return [
                    self.finding(
                        "pupil-image",
                        ctx,
                        None,
                        "Posts an image of pupils on a personal account.",
                        0.9,
                        evidence=img.description or ", ".join(img.people),
                    )
                ]
            if no_publish:
                return [
                    self.finding(
                        "pupil-image",
                        ctx,
                        None,
                        "Shows a pupil whose image must not be published.",
                        0.95,
                        evidence=img.description or ", ".join(img.people),
                    )
                ]
            if img.consent is False or any(p in desc.lower for p in _NO_CONSENT):
                return [
                    self.finding(
                        "pupil-image",
                        ctx,
                        None,
                        "Shows pupils without recorded consent.",
                        0.9,
                        evidence=img.description or ", ".join(img.people),
                    )
                ]
        if (
            post.account == "personal"
            and not post.images
            and post.author_role in ("staff", "governor")
            and ctx.has("photo_word")
        ):
            photos = [s for s in ctx.spans("photo_word") if not ctx.negated(s, reach=20)]
            pupils = ctx.spans("pupil_word", "school_event")
            pair = ctx.near(photos, pupils, window=50)
            if pair:
                return [
                    self.finding(
                        "pupil-image", ctx, pair[0], "Shares photos of pupils or a school event.", 0.7
                    )
                ]
        return []

    def _pupils_shown(
        self, ctx: Context, img: Image, desc: TextScan, names: list[TextScan]
    ) -> tuple[bool, bool]:
        """(pupils are shown, one of them is on the no-publish list). Own children alone do not count."""
        no_publish_ids = ctx.profile.no_publish
        shown = False
        no_publish = False
        for scan in [*names, desc]:
            for h in scan.persons:
                if "pupil" in h.roles and (h.strong or scan is not desc):
                    shown = True
                    no_publish = no_publish or any(i in no_publish_ids for i in h.people)
        schoolish = desc.has("school_word", "school_event") or ctx.has(
            "school_word", "school_event", "pupil_word"
        )
        for scan in [*names, desc]:
            if scan.has("pupil_word"):
                shown = True
            elif scan.has("kids_word") and schoolish and not scan.has("own_family"):
                shown = True
        if shown and not no_publish:  # a no-publish pupil named in the text, with an image attached
            no_publish = any(i in no_publish_ids for h in ctx.persons if "pupil" in h.roles for i in h.people)
        return shown, no_publish
