"""Someone else's personal data: health, special needs, family or safeguarding matters, contact details
(personal-data)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.contacts import find_contacts
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import short_post
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class PersonalData(Detector):
    id = "personal-data"
    categories = frozenset({"personal-data"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        # Beside a sensitive matter even a bare first name of the roster points at a person.
        people: list[Span] = [(h.start, h.end) for h in ctx.community(weak_ok=True)]
        if ctx.school_context:
            people += ctx.spans("third_pupil")
        if not people:
            return []
        own = ctx.spans("own_family")
        sensitive = [
            s
            for s in ctx.spans("sensitive")
            if not ctx.negated(s)
            and not any(p[0] <= s[0] and s[1] <= p[1] for p in people)
            and not any(0 <= s[0] - b <= 20 for _, b in own)  # "my nan's funeral": the author's own family
            and not ctx.overlaps(s, "neg_eval")  # "will end up in prison" is a jibe, not a disclosure
        ]
        pair = ctx.near(people, sensitive, window=100)
        if pair is None and sensitive and short_post(ctx):
            pair = (people[0], sensitive[0])
        if pair:
            return [
                self.finding(
                    "personal-data",
                    ctx,
                    span_union(*pair),
                    "Discloses personal information about someone in the school community.",
                    0.85,
                )
            ]
        for it in find_contacts(ctx):
            if it.institutional:
                continue
            owner = ctx.near([it.span], ctx.spans("third_party_possessive") + people, window=40)
            if owner and not ctx.near([it.span], ctx.spans("contact_give"), window=40):
                return [
                    self.finding(
                        "personal-data", ctx, it.span, "Shares another person's contact details.", 0.85
                    )
                ]
        return []
