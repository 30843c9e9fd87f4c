"""The offensive-language model as the detectors see it: loaded once, asked at most once a post, and only
about posts that carry some hostile cue, so that most posts never reach it.

The model (`safesocial.screening.offensive`) scores a text's probability of being offensive. The screener
uses it as a back-stop behind the word lists for two categories: `offensive`, and `harassment` when the
post is aimed at a person. If the model is not installed the screener says so once in the log and runs on
the word lists alone.
"""

from __future__ import annotations

import importlib
import logging
from typing import Protocol, cast

from safesocial.screening.analysis import Context
from safesocial.screening.detectors.base import Setup

log = logging.getLogger(__name__)

# A school post is offensive to the model only well above its general threshold: staff banter and
# parents' frustration are common, and a false alarm costs a busy teacher's trust.
SCHOOL_THRESHOLD = 0.9
MAX_MODEL_CHARS = 600  # the model reads one window: a back-stop for short posts, bounded cost
# Cues that open the gate for harassment (abuse said to a person): words said about people, not the "awful
# weather" kind of negative word. Without one of them the model is not asked.
GATE_TAGS = (
    "insult",
    "insult_direct",
    "dehumanise",
    "demean",
    "intimidate",
    "menace",
    "pile_on",
    "slur",
    "rebuke",
)
# Cues that open the gate for `offensive` (obscene, sexual, profane): the model learned on tweets that an
# insult is "offensive", but in the contract an insult is disparaging or harassment, so a post is asked
# about only for signs of sexual or explicit content the word lists did not settle.
OFFENSIVE_GATE_TAGS = ("explicit_marker", "adult_emoji", "explicit_image")


class OffensiveScorer(Protocol):
    def score(self, text: str) -> float: ...


_cache: dict[str, OffensiveScorer | None] = {}


def load_model() -> OffensiveScorer | None:
    """The packaged offensive-language model, or None (with one log line) if it is not available."""
    if "default" not in _cache:
        model: OffensiveScorer | None = None
        try:
            module = importlib.import_module("safesocial.screening.offensive")
            model = cast(OffensiveScorer, module.load_default())
        except Exception as exc:  # any failure means "no model", never a failed screening
            log.warning(
                "offensive-language model unavailable (%s: %s); using word lists only",
                type(exc).__name__,
                exc,
            )
        _cache["default"] = model
    return _cache["default"]


def model_for(setup: Setup) -> OffensiveScorer | None:
    """The model a screener uses: the packaged one, one given to it (tests, evaluation), or none."""
    option = setup.options.get("offensive_model", True)
    if option is True:
        return load_model()
    if option is False or option is None:
        return None
    return cast(OffensiveScorer, option)


def threshold_of(model: OffensiveScorer) -> float:
    """The model's own tuned threshold, raised to the school threshold."""
    own = getattr(model, "threshold", 0.0)
    return max(SCHOOL_THRESHOLD, float(own) if isinstance(own, (int, float)) else 0.0)


def gated_score(model: OffensiveScorer, ctx: Context, gate: tuple[str, ...] = GATE_TAGS) -> float | None:
    """The model's score for the post, asked once a post and only past the gate; None when gated out."""
    if not ctx.has(*gate):
        return None
    cached = ctx.memo.get("_offensive_score")
    if cached is None:
        cached = ctx.memo["_offensive_score"] = float(model.score(ctx.text[:MAX_MODEL_CHARS]))
    return cast(float, cached)
