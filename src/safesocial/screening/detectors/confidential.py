"""Confidential or not-yet-public school matters: staffing, suspensions, exclusions, finance, inspections,
unannounced plans (confidential)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, Span
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.types import Finding, Post

_REFERENT_TAGS = ("pupil_word", "leader_word", "staff_word", "third_pupil", "school_word")


@register
class Confidential(Detector):
    id = "confidential"
    categories = frozenset({"confidential"})
    triggers = frozenset({"conf_secret", "conf_topic_strong", "conf_secret_weak"})
    authors = ADULTS_IN_SCHOOL  # only insiders hold the school's confidential information

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        secret = [s for s in ctx.spans("conf_secret") if not ctx.negated(s)]
        weak_secret = ctx.spans("conf_secret_weak")
        # "whoever signed that off needs sacking" is an opinion, not news of a sacking
        strong = [
            s
            for s in ctx.spans("conf_topic_strong")
            if not ctx.negated(s) and not ctx.overlaps(s, "neg_eval")
        ]
        weak = [s for s in ctx.spans("conf_topic_weak") if not ctx.overlaps(s, "neg_eval")]
        if not (secret or strong or (weak_secret and weak)):
            return []
        school = ctx.school_context
        span: Span | None = None
        reason = ""
        if secret and (strong or weak or school):
            span = (strong or weak or secret)[0]
            reason = "Shares school information that is not public yet."
        elif weak_secret and (strong or weak) and school:
            span = (strong or weak)[0]
            reason = "Passes on unannounced school news."
        elif strong and post.account == "personal":
            referents = [(h.start, h.end) for h in ctx.community()] + [(o.start, o.end) for o in ctx.orgs]
            referents += ctx.spans(*_REFERENT_TAGS)
            for pron in ("she's been", "he's been", "they've been", "she has been", "he has been"):
                i = ctx.lower.find(pron)
                if i >= 0:
                    referents.append((i, i + len(pron)))
            pair = ctx.near(strong, referents, window=90)
            if pair:
                span = pair[0]
                reason = "Discusses a confidential staffing, pupil or school matter."
        if span is None:
            return []
        return [self.finding("confidential", ctx, span, reason, 0.85)]
