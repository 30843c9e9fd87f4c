"""The learned stage (`safesocial.screening.learned`) as a detector: a back-stop for the categories it was
trained on, reported only at or above its high-precision threshold (never below `FLOOR`, and higher for the
categories that escalate), and only when the analysis confirms who the post is about: a child for
safeguarding, a person or part of the school for remarks and personal data, an insider writing about the
school for confidential news. Posts that pass none of those checks are not scored at all."""

from __future__ import annotations

from collections.abc import Callable

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector, Setup
from safesocial.screening.frames import special_spans
from safesocial.screening.learned import LearnedModel, default_model
from safesocial.screening.types import Finding, Post

FLOOR = 0.9
# Higher for the categories that escalate; highest for the two whose confirming cues are broad (a sale, a
# price, a movement's words), where short everyday posts ("green beans £1 a bag") can score high.
ESCALATING_FLOOR = {"safeguarding": 0.95, "extremism": 0.97, "illegal": 0.97}
SCORE = 0.7  # below the rules' scores: when both find a category, the rules' evidence is kept
# Extremism is scored where the main scan saw any sign of it: a people cast as the enemy, violence called for,
# a movement promoted, an in-group, a symbol or code, a grievance. The score's own threshold then decides (on
# the blind waves the stage's extremism scores were right where the narrower gate had kept it silent).
_EXTREME_SIGNS = (
    "ex_violence", "ex_invader", "extreme_narrative", "extreme_strong", "extreme_org", "call_to_arms",
    "dehumanise", "expel", "expel_strong", "extreme_promote", "extreme_narrative_weak", "call_soft",
    "ex_other", "ex_travel", "ex_ingroup", "ex_symbol", "ex_takeback", "jihad_other", "incel_word",
    "hate_verb",
)  # fmt: skip


# A sign of concern of some kind: the learned stage weighs new wording, but a disclosure, a leak or a taunt
# always carries at least one of these (read by the main scan, so checking costs nothing).
_CONCERN = (
    "sg_intimate", "sg_sexual", "sg_groom", "abuse", "secrecy", "selfharm", "selfharm_weak", "sexual_request",
    "exploit", "exploit_weak", "lure", "lure_weak", "threat_to_child", "adult_other", "minor_self", "od_verb",
    "child_sexual", "conf_hush", "menace", "intimidate", "sensitive", "pd_more", "drugs",
    "drug_strong", "crime_other", "restricted_goods", "counterfeit", "sg_injury", "sg_actor", "sg_fear",
)  # fmt: skip
# A sign of crime of some kind: drugs and their trade, fakes, threats, weapons. An offer to sell counts with
# goods or a price beside it, an intention with violence or a target beside it (alone, both are everyday).
_CRIME = (
    "drugs", "drug_strong", "drug_slang", "drug_weak", "drug_offer", "drug_unit", "drug_run", "drug_service",
    "crime_other", "restricted_goods", "counterfeit", "fake_adj", "money_word", "menace", "menace_physical",
    "menace_vague", "weapon_word", "hate_verb",
)  # fmt: skip
_SALE = ("goods", "sg_pay", "no_licence", "red_diesel")
_AIM = ("violent_verb", "school_word", "group", "own_family", "stereotype", "leader_word", "staff_word")


def _crime_signs(ctx: Context) -> bool:
    return (
        ctx.has(*_CRIME)
        or (ctx.has("sell_cue") and ctx.has(*_SALE))
        or (ctx.has("threat_intent") and ctx.has(*_AIM))
    )


_SECRET = (
    "conf_secret", "conf_secret_weak", "conf_topic_strong", "conf_topic_weak", "conf_hush", "conf_cut",
    "security_code", "security_gap",
)  # fmt: skip
_HOSTILE = (
    "insult", "insult_direct", "intimidate", "menace", "pile_on", "rebuke", "ostracise",
    "career_threat", "menace_vague", "menace_physical", "profanity", "contempt", "dehumanise", "demean",
    "slur", "violent_verb",
)  # fmt: skip


def _child_at_risk(ctx: Context) -> bool:
    # the cheap test first (main-scan tags): most posts stop here without reading the everyday words
    return ctx.has(*_CONCERN) and bool(special_spans(ctx, "child"))


def _insider_on_school(ctx: Context) -> bool:
    return ctx.post.author_role in ADULTS_IN_SCHOOL and ctx.school_context and ctx.has(*_SECRET)


def _said_to_someone(ctx: Context) -> bool:
    post = ctx.post
    addressed = post.action in ("comment", "message") and post.recipient_role is not None
    return post.audience == "direct" or addressed


# What the analysis must confirm before a category's score is read. Disparaging remarks and personal data
# are left to the rules and frames: on the blind waves the learned stage added nothing for them, and their
# checks (anyone of the school named) would have it score most posts.
CONFIRM: dict[str, Callable[[Context], bool]] = {
    "safeguarding": _child_at_risk,
    "extremism": lambda ctx: ctx.has(*_EXTREME_SIGNS),
    "harassment": lambda ctx: _said_to_someone(ctx) and ctx.has(*_HOSTILE),
    "confidential": _insider_on_school,
    "illegal": _crime_signs,
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
            c: max(model.thresholds[c], ESCALATING_FLOOR.get(c, FLOOR))
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
        scores = model.scores(context, confirmed)
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
