"""Bullying, intimidation, threats or abuse aimed at a person (harassment)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import (
    live,
    menacing,
    recipient_is_community,
    said_to_someone,
    threats,
)
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post

# Shapes of pushing someone out or threatening to expose them, with words in between: "no one at this
# school wants you", "I'll make sure the whole staff hears about your ...".
_SHUNNED = re.compile(
    r"\b(?:no one|nobody|noone|no-one)(?: [a-z']{1,15}){0,4} (?:wants|likes|rates|needs) you\b(?! to\b)"
)
_EXPOSE = re.compile(
    r"\bmake sure (?:the whole|everyone|everybody|all|every|the head|your boss|the governors|the parents|"
    r"the trust|your husband|your wife|your family)(?: [a-z']{1,15}){0,3} "
    r"(?:hears|knows|finds out|sees|learns) (?:about (?:it|this|that)\b|(?:about|what) (?:your|you)\b"
    # ... something the person would not want told: "your little secret", "what you did", "your drinking"
    r"(?:[a-z' ]{0,30}\b(?:secret|secrets|affair|past|drinking|record|mistakes?|habits?|problems?|did|done|"
    r"behaviour|complaints?|issues|history|disciplinary|grievance|lies|lying|dirty|little)\b))"
)
# The same in Welsh, said to "ti" or "chi" by its own words: "does neb yn yr ysgol isio ti yma".
_SHUNNED_CY = re.compile(
    r"\b(?:does neb|does dim un|neb)(?: [a-zâêîôûŵŷ']{1,15}){0,4} "
    r"(?:isio|isie|eisiau|moyn|yn hoffi) (?:ti|chi)\b"
)
_KIND = re.compile(r"\b(?:well done|congrat\w*|proud|amazing|brilliant|fantastic|thank\w*|fundrais\w*)\b")


@register
class Harassment(Detector):
    id = "harassment"
    categories = frozenset({"harassment"})
    triggers = frozenset(
        {"intimidate", "menace", "pile_on", "insult", "insult_direct", "slur", "violent_verb", "idiom_hint"}
    )

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        intimidation = menacing(ctx, ("intimidate", "menace"))
        if intimidation:
            return [
                self.finding("harassment", ctx, intimidation[0], "Intimidates or threatens someone.", 0.9)
            ]
        if len(ctx.text) <= 2000:
            said = None
            if recipient_is_community(ctx) or ctx.post.audience == "direct" or ctx.has("second_person"):
                said = _SHUNNED.search(ctx.lower) or (
                    None if _KIND.search(ctx.lower) else _EXPOSE.search(ctx.lower)
                )
            said = said or _SHUNNED_CY.search(ctx.lower)
            if said is not None:
                return [
                    self.finding(
                        "harassment", ctx, said.span(), "Shuns or threatens to expose someone.", 0.85
                    )
                ]
        crowd = [s for s in ctx.spans("pile_on") if not ctx.negated(s)]
        if crowd:
            return [self.finding("harassment", ctx, crowd[0], "Sets others on a person (a pile-on).", 0.85)]
        for span in live(ctx, ctx.spans("insult", "insult_direct", "slur")):
            if said_to_someone(ctx, span):
                start = max(0, span[0] - 40)
                you = ctx.lower.rfind("you", start, span[0])
                begin = you if you >= 0 else span[0]
                return [self.finding("harassment", ctx, (begin, span[1]), "Insults someone directly.", 0.8)]
        for span, at_person in threats(ctx):
            if at_person:
                return [self.finding("harassment", ctx, span, "Threatens a person with violence.", 0.9)]
        return []
