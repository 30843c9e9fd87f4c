"""The offensive-language model (`_model`) as a late back-stop, after every other detector.

Measured on the labelled sets (docs/screening.md), the model found nothing the word lists and frames missed,
and rated insults "offensive" (its training tweets call an insult offensive; the contract calls it
disparaging or harassment). So it is asked only about posts nothing else flagged as hostile, and only:

- for `harassment`, when the post is said to a person (a comment or message to someone of the school, or a
  direct message) and carries a hostile cue (`GATE_TAGS`);
- for `offensive`, when the post carries a sign of sexual or explicit content that the word lists did not
  settle (`OFFENSIVE_GATE_TAGS`).

It is asked at most once a post, and reports at the school threshold or the model's own, whichever is
higher.
"""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors._model import (
    GATE_TAGS,
    OFFENSIVE_GATE_TAGS,
    gated_score,
    model_for,
    threshold_of,
)
from safesocial.screening.detectors._shared import recipient_is_community
from safesocial.screening.detectors.base import Detector, Setup
from safesocial.screening.types import Finding, Post

# Found already, a post is flagged for its hostility; the model would only add a label to it.
HOSTILE = frozenset(
    {"offensive", "harassment", "disparaging", "discriminatory", "defamatory", "illegal", "extremism"}
)


@register
class ModelBackstop(Detector):
    id = "offensive-model"
    categories = frozenset({"offensive", "harassment"})
    late = True

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        self.model = model_for(setup)
        self.threshold = threshold_of(self.model) if self.model is not None else 1.0

    def detect(self, post: Post, context: Context) -> list[Finding]:
        return self.detect_late(post, context, frozenset())

    def detect_late(self, post: Post, context: Context, found: frozenset[str]) -> list[Finding]:
        model = self.model
        if model is None or found & HOSTILE:
            return []
        ctx = context
        out: list[Finding] = []
        said_to = recipient_is_community(ctx) or post.audience == "direct"
        if "harassment" in self.wanted and said_to:
            score = gated_score(model, ctx, GATE_TAGS)
            if score is not None and score >= self.threshold:
                out.append(
                    self.finding(
                        "harassment",
                        ctx,
                        None,
                        "The offensive-language model rates this as abuse said to a person.",
                        score,
                        evidence=post.text[:200],
                    )
                )
        if "offensive" in self.wanted:
            score = gated_score(model, ctx, OFFENSIVE_GATE_TAGS)
            if score is not None and score >= self.threshold:
                out.append(
                    self.finding(
                        "offensive",
                        ctx,
                        None,
                        "The offensive-language model rates this post as sexually explicit or obscene.",
                        score,
                        evidence=post.text[:200],
                    )
                )
        return out
