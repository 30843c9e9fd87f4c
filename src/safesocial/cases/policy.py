"""The school's policy pack and the screener, as cases use them. Kept in one place so the rest of the app
never cares how a pack is stored or how the screener is called."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from safesocial.logs import log_failure
from safesocial.schools.models import School

logger = logging.getLogger(__name__)

MAX_SCREEN_CHARS = 20_000


def pack_for(school: School) -> Any | None:
    """The LoadedPack the school runs on (its adopted revision if it has one), or None if it cannot load: a
    report is taken whatever state the school's policy is in."""
    from safesocial.policy import PackError
    from safesocial.schools.selectors import school_pack

    try:
        return school_pack(school)
    except (PackError, OSError, ValueError):
        logger.warning("policy pack for school %s cannot be loaded", school.pk)
        return None


def screening_profile(school: School) -> dict[str, Any]:
    """The screening contract's school profile, as the schools app builds it."""
    from safesocial.schools.profiles import screening_profile_for

    return dict(screening_profile_for(school))


@dataclass(frozen=True)
class ScreeningResult:
    verdict: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    revision_label: str = ""
    error: str = ""

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(str(f.get("category", "")) for f in self.findings)


def _clause_facts(loaded: Any, clause_id: str) -> dict[str, str]:
    try:
        clause = loaded.pack.clause(clause_id)
    except (KeyError, AttributeError):
        return {}
    return {
        "clause_topic": clause.topic,
        "clause_quote": clause.quote,
        "clause_summary": clause.summary or "",
    }


def screen_text(school: School, loaded: Any | None, post: dict[str, Any]) -> ScreeningResult:
    """Screen a reported post under the school's policy. Never raises: a screener that is missing or fails is
    recorded as `unavailable` with the reason, and the report is still taken."""
    label = loaded.revision_label if loaded is not None else school.policy_pack_id
    if loaded is None:
        return ScreeningResult("unavailable", revision_label=label, error="policy pack cannot be loaded")
    try:
        from safesocial.screening import Screener
    except ImportError:
        return ScreeningResult("unavailable", revision_label=label, error="screener not installed")
    post = {**post, "text": str(post.get("text", ""))[:MAX_SCREEN_CHARS]}
    try:
        decision = Screener.for_policy(loaded, screening_profile(school)).screen(post)
        result: dict[str, Any] = decision.to_dict()
    except Exception as exc:  # the screener is another team's code; a report must never be lost to it
        log_failure(logger, "screening failed for a report at school %s", school.pk)
        return ScreeningResult("unavailable", revision_label=label, error=type(exc).__name__)
    findings = []
    for finding in result.get("findings", []):
        item = {
            key: finding.get(key)
            for key in ("category", "clause", "severity", "start", "end", "evidence", "explanation")
        }
        item.update(_clause_facts(loaded, str(item.get("clause") or "")))
        findings.append(item)
    return ScreeningResult(
        verdict=str(result.get("verdict", "error")),
        findings=findings,
        actions=[str(a) for a in result.get("actions", [])],
        revision_label=label,
        error=str(result.get("error", "") or ""),
    )
