"""The learned stage (`safesocial.screening.learned`) as a detector: a back-stop for the categories it was
trained on, reported only at or above its high-precision threshold (never below `FLOOR`, and higher for the
categories that escalate), and only when the analysis confirms who the post is about: a child for
safeguarding, a person or part of the school for remarks and personal data, an insider writing about the
school for confidential news. Posts that pass none of those checks are not scored at all."""

from __future__ import annotations

from collections.abc import Callable

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import targets
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector, Setup
from safesocial.screening.frames import special_spans
from safesocial.screening.learned import LearnedModel, default_model
from safesocial.screening.types import Finding, Post

FLOOR = 0.9
ESCALATING_FLOOR = 0.95
SCORE = 0.7  # below the rules' scores: when both find a category, the rules' evidence is kept
_ESCALATING = frozenset({"safeguarding", "extremism", "illegal"})
# Extremism is scored only where a people is cast as the enemy or violence is called for: an in-group and a
# call to join ("real patriots ... join us") are a pub outing as often as a movement.
_OTHERING = (
    "ex_violence", "ex_invader", "extreme_narrative", "extreme_strong", "extreme_org", "call_to_arms",
    "dehumanise", "expel", "expel_strong",
)  # fmt: skip


def _insider_on_school(ctx: Context) -> bool:
    return ctx.post.author_role in ADULTS_IN_SCHOOL and ctx.school_context


# What the analysis must confirm before a category's score is read.
CONFIRM: dict[str, Callable[[Context], bool]] = {
    "safeguarding": lambda ctx: bool(special_spans(ctx, "child")),
    "extremism": lambda ctx: ctx.has(*_OTHERING),
    "harassment": lambda ctx: bool(special_spans(ctx, "person")),
    "disparaging": lambda ctx: bool(targets(ctx)),
    "defamatory": lambda ctx: bool(targets(ctx)),
    "personal-data": lambda ctx: bool(special_spans(ctx, "person")),
    "confidential": _insider_on_school,
    "policy-opinion": _insider_on_school,
}


@register
class Learned(Detector):
    id = "learned"
    categories = frozenset(CONFIRM)
    late = True

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        option = setup.options.get("learned_model", True)
        model = default_model() if option is True else option if isinstance(option, LearnedModel) else None
        self.model = model
        known = frozenset(model.categories) if model is not None else frozenset()
        self.wanted_here = sorted(self.wanted & known)
        self.thresholds = {
            c: max(model.thresholds[c], ESCALATING_FLOOR if c in _ESCALATING else FLOOR)
            for c in self.wanted_here
            if model is not None
        }

    def detect(self, post: Post, context: Context) -> list[Finding]:
        return self.detect_late(post, context, frozenset())

    def detect_late(self, post: Post, context: Context, found: frozenset[str]) -> list[Finding]:
        model = self.model
        if model is None:
            return []
        confirmed = [c for c in self.wanted_here if c not in found and CONFIRM[c](context)]
        if not confirmed:
            return []
        scores = model.scores(context)
        return [
            self.finding(
                category,
                context,
                None,
                "The learned stage rates this post as a likely case of this category.",
                SCORE,
                evidence=post.text[:200],
            )
            for category in confirmed
            if scores[category] >= self.thresholds[category]
        ]
