"""Critical, derogatory or undermining remarks about the school, its staff, pupils, parents or governors
(disparaging)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import (
    aimed,
    live,
    negated_competence,
    profanity_aimed,
    recipient_is_community,
)
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post

# Idioms of incompetence and sarcasm, as shapes rather than fixed phrases: "couldn't find a file if it was
# stapled to them", "wouldn't spot a problem if it hit them", "the Trust's idea of support is a poster".
_IDIOMS = re.compile(
    r"\b(?:couldn't|could not|wouldn't|would not|can't|cannot) [a-z]{2,15} (?:a|an|the|their|his|her) "
    r"[a-z]{2,15}(?: [a-z]{2,15}){0,2} if (?:it|they|you|he|she) (?:was|were|hit|bit|slapped|came|stood)\b"
    r"|'s idea of (?:support|wellbeing|well-being|help|leadership|management|communication|consultation|cpd|"
    r"training|teamwork|discipline|planning|feedback|listening|care|staff care|appreciation|thanks|"
    r"a thank you|"
    r"behaviour management|safeguarding|a plan|a strategy|reward|rewards|recognition) is (?:a|an|to)\b"
)


def _named_reply(post: Post, ctx: Context) -> bool:
    """A comment or message that opens by naming a member of the school community it answers ("With
    respect Nikesh, ..."): a bare first name of the roster counts there, as the person spoken to."""
    if post.action not in ("comment", "message"):
        return False
    return any(h.start <= 30 for h in ctx.community(weak_ok=True))


@register
class Disparaging(Detector):
    id = "disparaging"
    categories = frozenset({"disparaging"})
    triggers = frozenset({"neg_eval", "insult", "competence", "profanity", "rebuke", "idiom_hint"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        cues = ctx.spans("neg_eval", "insult")
        if cues and not ctx.community():
            # an eye-roll at a thing or the place is a grumble ("the photocopier ALWAYS jams 🙄"); at a
            # person of the school it is a remark about them
            cues = [c for c in cues if not ctx.overlaps(c, "mild")]
        pair: tuple[Span, Span] | None = aimed(ctx, cues) if cues else None
        if pair is None:
            denied = negated_competence(ctx)
            pair = aimed(ctx, denied, negated_ok=True) if denied else None
        if pair is None:
            pair = profanity_aimed(ctx)
        if pair is None and len(ctx.text) <= 2000:
            idiom = _IDIOMS.search(ctx.lower)
            if idiom is not None:
                pair = aimed(ctx, [idiom.span()], negated_ok=True)
        if pair is None and (recipient_is_community(ctx) or _named_reply(post, ctx)):
            # A sharp reply to a parent or colleague: "with respect, check your facts", also when the reply
            # names them ("With respect Nikesh, if you actually read the emails...").
            rebukes = live(ctx, ctx.spans("rebuke"))
            if rebukes and ctx.has("second_person"):
                pair = (rebukes[0], ctx.spans("second_person")[0])
        if pair is None:
            return []
        word = ctx.text[pair[0][0] : pair[0][1]]
        return [
            self.finding(
                "disparaging",
                ctx,
                span_union(*pair),
                f"A derogatory remark (\u201c{word}\u201d) about the school community.",
                0.85,
            )
        ]
