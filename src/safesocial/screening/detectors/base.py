"""What a detector is: a small class with an id, the categories it can find, and `detect(post, context)`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from safesocial.screening.analysis import Context, Span
from safesocial.screening.profile import CompiledProfile
from safesocial.screening.types import Finding, Post

ALL_AUTHORS: frozenset[str] = frozenset({"staff", "parent", "pupil", "governor", "public"})
ADULTS_IN_SCHOOL: frozenset[str] = frozenset({"staff", "governor"})


@dataclass(frozen=True)
class Setup:
    """What a detector may prepare from once, when a screener is built for a (pack, profile)."""

    profile: CompiledProfile
    categories: frozenset[str]  # the categories the policy addresses
    options: dict[str, Any]


class Detector:
    """Base class. Subclasses set `id`, `categories` and, where the contract limits a category to some
    authors (e.g. working time is about staff), `authors`. The pipeline only runs a detector when the
    policy addresses one of its categories and the post's author is among `authors`."""

    id: ClassVar[str] = ""
    categories: ClassVar[frozenset[str]] = frozenset()
    authors: ClassVar[frozenset[str]] = ALL_AUTHORS
    # A late detector runs after all the others and is told which categories they found (`detect_late`):
    # a back-stop can then skip the work for what is already found.
    late: ClassVar[bool] = False
    # Tags one of which a post must carry for this detector to find anything (None: no such tag). The
    # pipeline skips the detector for posts without one: a test the main scan has already paid for.
    triggers: ClassVar[frozenset[str] | None] = None

    def __init__(self, setup: Setup) -> None:
        self.setup = setup
        self.wanted = self.categories & setup.categories

    def detect(self, post: Post, context: Context) -> list[Finding]:
        raise NotImplementedError

    def detect_late(self, post: Post, context: Context, found: frozenset[str]) -> list[Finding]:
        """For late detectors: `found` holds the categories the other detectors found in this post."""
        return self.detect(post, context)

    def finding(
        self,
        category: str,
        context: Context,
        span: Span | None,
        reason: str,
        score: float = 0.9,
        *,
        evidence: str | None = None,
    ) -> Finding:
        return Finding(
            category=category,
            start=span[0] if span else None,
            end=span[1] if span else None,
            evidence=context.evidence(span) if evidence is None else evidence[:200],
            explanation=reason,
            score=score,
            detector=self.id,
        )
