"""References to the school, its work, its events and its people (school-reference)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, Span
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post

WORK_TAGS = ("school_word", "school_event", "pupil_word", "leader_word", "teacher_self")


def work_references(ctx: Context) -> list[Span]:
    """Spans that refer to the school or working there; the school's own names first."""
    spans: list[Span] = [(o.start, o.end) for o in ctx.orgs]
    for span in ctx.spans(*WORK_TAGS):
        if ctx.overlaps(span, "not_school"):
            continue
        if ctx.near([span], ctx.spans("own_family"), window=40):
            continue  # "dropped my son at school", "my little one's nativity"
        spans.append(span)
    return spans


@register
class SchoolReference(Detector):
    id = "school-reference"
    categories = frozenset({"school-reference"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        if post.account != "personal":
            return []  # an official account speaking of its own school is its job
        refs = work_references(context)
        if not refs:
            return []
        own = bool(context.orgs)
        return [
            self.finding(
                "school-reference",
                context,
                refs[0],
                "Names the school." if own else "Refers to the school, its work or its events.",
                0.95 if own else 0.8,
            )
        ]
