"""People of the school named in a post: pupils (pupil-identity) and colleagues, parents, governors
(community-reference)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, PersonHit
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post

_ADULT_ROLES = frozenset({"staff", "parent", "governor"})
# "Ollie's mum": a parent identified through their child.
# "mam Elis", "tad Gruff": a parent named before the child, in Welsh.
_PARENT_OF_CHILD_CY = re.compile(r"\b(?:mam|fam|tad|dad|rhieni|teulu|nain|taid)\s{1,3}$")
_CHILDS_PARENT = re.compile(
    r"(?:'s|s') (?:mum|dad|mam|mom|mother|father|parents|stepdad|step-dad|stepmum|step-mum|nan|gran"
    r"|carer|family)\b"
)


def _role_of(hit: PersonHit, ctx: Context) -> frozenset[str]:
    """A bare first name shared by a pupil and an adult is read from its context, or left undecided."""
    if hit.strong or len(hit.roles) == 1:
        return hit.roles
    pupilish = ctx.has("pupil_word", "kids_word", "third_pupil")
    adultish = ctx.has("leader_word", "staff_word", "parent_word")
    if pupilish and not adultish:
        return hit.roles & {"pupil"}
    if adultish and not pupilish:
        return hit.roles & _ADULT_ROLES
    return frozenset()


@register
class PeopleNamed(Detector):
    id = "people-named"
    categories = frozenset({"pupil-identity", "community-reference"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        out: list[Finding] = []
        pupil_hit: PersonHit | None = None
        adult_hit: PersonHit | None = None
        for hit in ctx.community():
            roles = _role_of(hit, ctx)
            if "pupil" in roles and (pupil_hit is None or (hit.strong and not pupil_hit.strong)):
                pupil_hit = hit
            if roles & _ADULT_ROLES and (adult_hit is None or (hit.strong and not adult_hit.strong)):
                adult_hit = hit
        if pupil_hit is None:
            # "Poppy's mum is having chemo": a pupil's first name with her family is the pupil, school
            # words or not
            for hit in ctx.community(roles=("pupil",), weak_ok=True):
                before = ctx.lower[max(0, hit.start - 12) : hit.start]
                if _CHILDS_PARENT.match(ctx.lower, hit.end, hit.end + 14) or _PARENT_OF_CHILD_CY.search(
                    before
                ):
                    pupil_hit = hit
                    break
        if "pupil-identity" in self.wanted:
            if pupil_hit is not None:
                out.append(
                    self.finding(
                        "pupil-identity",
                        ctx,
                        (pupil_hit.start, pupil_hit.end),
                        "Names a pupil of the school.",
                        0.95 if pupil_hit.strong else 0.7,
                    )
                )
            else:
                named = self._pupil_in_images(ctx)
                if named:
                    out.append(
                        self.finding(
                            "pupil-identity",
                            ctx,
                            None,
                            "An attached image names a pupil of the school.",
                            0.8,
                            evidence=named,
                        )
                    )
        if "community-reference" in self.wanted and adult_hit is None and pupil_hit is not None:
            m = _CHILDS_PARENT.match(ctx.lower, pupil_hit.end, pupil_hit.end + 14)
            if m is not None:
                out.append(
                    self.finding(
                        "community-reference",
                        ctx,
                        (pupil_hit.start, m.end()),
                        "Identifies a pupil's parent or family.",
                        0.7,
                    )
                )
        if "community-reference" in self.wanted and adult_hit is not None:
            role = sorted(adult_hit.roles & _ADULT_ROLES)[0]
            label = {"staff": "a member of staff", "parent": "a parent", "governor": "a governor"}[role]
            out.append(
                self.finding(
                    "community-reference",
                    ctx,
                    (adult_hit.start, adult_hit.end),
                    f"Names {label} of the school community.",
                    0.9 if adult_hit.strong else 0.65,
                )
            )
        return out

    @staticmethod
    def _pupil_in_images(ctx: Context) -> str:
        for img, scans in zip(ctx.post.images, ctx.image_people, strict=True):
            for name, scan in zip(img.people, scans, strict=True):
                if any("pupil" in h.roles and h.strong for h in scan.persons):
                    return name
        return ""
