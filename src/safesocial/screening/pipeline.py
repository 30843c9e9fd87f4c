"""The screener: a policy pack and a school profile, compiled once, applied to many posts."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from safesocial.policy.loader import LoadedPack, load_pack
from safesocial.policy.rules import Governing, governing_clause
from safesocial.screening.analysis import Context
from safesocial.screening.decision import Ruling, decide_ruled, masked_digest
from safesocial.screening.detectors import Detector, Setup, detectors_for
from safesocial.screening.detectors._model import OffensiveScorer
from safesocial.screening.learned import LearnedModel
from safesocial.screening.profile import compiled_profile, profile_from
from safesocial.screening.types import ACCOUNTS, AUTHOR_ROLES, Decision, Finding, InputError, Post, Profile

log = logging.getLogger(__name__)
_ON_PROFILE = re.compile(r"\b(?:on|in) (?:their|your|the) (?:online )?profile\b", re.IGNORECASE)
# What a pack's own words say about some categories, read once when the screener is built.
_AFFILIATION = re.compile(r"\bdisclose (?:your|their|his|her) affiliation\b", re.IGNORECASE)
_PERFORMANCE = re.compile(r"\bperformance\b", re.IGNORECASE)
_PARENT_CHANNEL = re.compile(
    r"\bcontact (?:children|pupils|students) or parents\b|\busing the school phone\b", re.IGNORECASE
)


class Screener:
    """Screens posts against one school's policy.

    Build it once per (policy, profile) with `Screener.for_policy`; `screen` is then cheap and thread-safe
    (no per-post state is kept on the screener)."""

    def __init__(
        self,
        loaded: LoadedPack,
        profile: Profile,
        *,
        offensive_model: bool | OffensiveScorer = True,
        learned_model: bool | LearnedModel = True,
    ) -> None:
        self.loaded = loaded
        pack = loaded.pack
        self.profile = profile
        self.categories = pack.categories()
        welsh = "cy" in pack.metadata.languages or any(
            (n or "").lower().startswith("ysgol") for n in (profile.school.name, *profile.school.aliases)
        )
        self.compiled = compiled_profile(profile, welsh=welsh)
        # School equipment counts only where the policy's working-time rule covers it.
        equipment_rule = any(
            "school-equipment" in {a.value for a in c.applies_to}
            for c in pack.clauses
            if any(r.category == "working-time" for r in c.screening)
        )
        # Where a policy wants the disclaimer "on their profile", one in the post itself is not enough.
        disclaimer_on_profile = any(
            _ON_PROFILE.search(c.quote)
            for c in pack.clauses
            if any(r.category == "missing-disclaimer" for r in c.screening)
        )
        # Where a policy asks for the disclaimer only "if you disclose your affiliation".
        disclaimer_needs_affiliation = _quotes_say(pack, "missing-disclaimer", _AFFILIATION)
        # Where a policy counts comments on "our performance" among the sensitive topics to avoid.
        performance_topics = _quotes_say(pack, "policy-opinion", _PERFORMANCE)
        # Where a policy wants staff to reach parents only through the school's phone and e-mail.
        parent_channel_rule = _quotes_say(pack, "personal-contact-details", _PARENT_CHANNEL)
        setup = Setup(
            profile=self.compiled,
            categories=self.categories,
            options={
                "offensive_model": offensive_model,
                "learned_model": learned_model,
                "equipment_rule": equipment_rule,
                "disclaimer_on_profile": disclaimer_on_profile,
                "disclaimer_needs_affiliation": disclaimer_needs_affiliation,
                "performance_topics": performance_topics,
                "parent_channel_rule": parent_channel_rule,
            },
        )
        self.detectors: list[Detector] = detectors_for(setup)
        # Which clause governs each category, for every author and account, decided once.
        self._governing: dict[tuple[str, str], dict[str, Governing]] = {}
        self._rulings: dict[tuple[str, str], dict[str, Ruling]] = {}
        self._plan: dict[tuple[str, str], list[Detector]] = {}
        # The plan as the screening loop reads it: (detector, its triggers, late, the categories wanted).
        self._steps: dict[
            tuple[str, str], tuple[tuple[Detector, frozenset[str] | None, bool, frozenset[str]], ...]
        ] = {}
        for author in AUTHOR_ROLES:
            for account in ACCOUNTS:
                table = {
                    c: g
                    for c in self.categories
                    if (g := governing_clause(pack, c, author=author, account=account)) is not None
                }
                self._governing[(author, account)] = table
                self._rulings[(author, account)] = {c: Ruling.of(g) for c, g in table.items()}
                self._plan[(author, account)] = sorted(
                    (d for d in self.detectors if author in d.authors and not d.wanted.isdisjoint(table)),
                    key=lambda d: d.late,
                )
                self._steps[(author, account)] = tuple(
                    (d, d.triggers, d.late, d.wanted) for d in self._plan[(author, account)]
                )
        self._policy_id = pack.id
        self._revision = loaded.revision_label

    @classmethod
    def for_policy(
        cls,
        policy: str | LoadedPack,
        profile: Profile | Mapping[str, Any],
        *,
        offensive_model: bool | OffensiveScorer = True,
        learned_model: bool | LearnedModel = True,
    ) -> Screener:
        """A screener for a bundled pack id, a pack file path, or an already loaded pack.
        Raises `PackError` or `ProfileError` if either cannot be used. `learned_model=False` runs without the
        learned stage (`safesocial.screening.learned`); a `LearnedModel` may be given instead."""
        loaded = load_pack(policy) if isinstance(policy, str) else policy
        return cls(
            loaded, profile_from(profile), offensive_model=offensive_model, learned_model=learned_model
        )

    @property
    def policy_id(self) -> str:
        return self.loaded.pack.id

    def screen(self, post: Post | Mapping[str, Any]) -> Decision:
        """The decision for one post. A record that does not fit the contract gets an `error` decision."""
        if not isinstance(post, Post):
            try:
                post = Post.from_dict(post)
            except InputError as exc:
                pid = post.get("id") if isinstance(post, Mapping) else None
                return self._error(pid if isinstance(pid, str) else None, str(exc))
        key = (post.author_role, post.account)
        context = Context(post, self.compiled)
        findings: list[Finding] = []
        present = context.cues.keys()
        for detector, triggers, late, wanted in self._steps[key]:
            if triggers is not None and present.isdisjoint(triggers):
                continue
            try:
                if late:
                    found = detector.detect_late(post, context, frozenset(f.category for f in findings))
                else:
                    found = detector.detect(post, context)
            except Exception:
                log.exception("detector %s failed on post %s", detector.id, post.id)
                return self._error(post.id, f"the {detector.id} check failed on this post")
            if found:
                findings.extend(f for f in found if f.category in wanted)
        verdict, decided, actions = decide_ruled(post, findings, self._rulings[key].get)
        return Decision(
            id=post.id,
            verdict=verdict,
            findings=decided,
            actions=actions,
            policy=self._policy_id,
            policy_revision=self._revision,
            digest=masked_digest(post, context, decided) if decided else None,
        )

    def screen_many(self, posts: Iterable[Post | Mapping[str, Any]]) -> Iterator[Decision]:
        for post in posts:
            yield self.screen(post)

    def _error(self, pid: str | None, message: str) -> Decision:
        return Decision(
            id=pid,
            verdict="error",
            error=message,
            policy=self.policy_id,
            policy_revision=self.loaded.revision_label,
        )


def _quotes_say(pack: Any, category: str, pattern: re.Pattern[str]) -> bool:
    """Whether the quote of a clause with a screening rule for `category` matches `pattern`."""
    return any(
        pattern.search(c.quote) for c in pack.clauses if any(r.category == category for r in c.screening)
    )
