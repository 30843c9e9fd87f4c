"""Personal views on school policy, leadership or governors' decisions (policy-opinion)."""

from __future__ import annotations

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors._shared import short_post
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.lazy import concept_spans
from safesocial.screening.types import Finding, Post


@register
class PolicyOpinion(Detector):
    id = "policy-opinion"
    categories = frozenset({"policy-opinion"})
    triggers = frozenset({"policy_noun", "decision_verb", "performance"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        nouns: list[Span] = [s for s in ctx.spans("policy_noun") if not ctx.overlaps(s, "policy_exclude")]
        # A leadership decision without a name: "the governors cut TA hours", "SLT have decided to ...".
        decided = ctx.near(ctx.spans("leader_word", "authority_word"), ctx.spans("decision_verb"), window=50)
        if decided is not None:
            nouns.append(span_union(*decided))
        ours = False
        if self.setup.options.get("performance_topics", False):
            # Where the policy counts performance among the sensitive topics to avoid.
            nouns.extend(ctx.spans("performance"))
            # "Our results were down again": a member of staff's "our" is the school's.
            ours = post.author_role in ("staff", "governor") and any(
                ctx.lower.startswith("our ", s[0]) for s in ctx.spans("performance")
            )
        if not nouns or not (ctx.school_context or ctx.has("leader_word") or ours):
            return []
        if post.account == "school":
            # An official account announcing its policies is doing its job; airing a grievance is not.
            opinions = ctx.spans("grievance", "neg_eval")
        else:
            opinions = ctx.spans("opinion", "neg_eval")
        performance = ctx.spans("performance") if self.setup.options.get("performance_topics", False) else []
        if performance and post.account != "school":
            # Results are a topic, not an opinion: only a judgement of them ("best in the county",
            # "frankly embarrassing") is a view on the school's performance.
            opinions = opinions + concept_spans(ctx, "po_opinion")
        pair = ctx.near(nouns, opinions, window=90)
        if pair is None and opinions and short_post(ctx):
            pair = (nouns[0], opinions[0])
        if pair is None:
            return []
        return [
            self.finding(
                "policy-opinion",
                ctx,
                span_union(*pair),
                "Gives a personal view on a school policy or leadership decision.",
                0.8,
            )
        ]
