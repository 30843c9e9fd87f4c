"""Risks said as a combination of ideas (`safesocial.screening.frames`): for every category with frames.

The category detectors read the cues they were written for; this one reads the frames table, so a new way of
saying a risk is usually a new row there, or a new word in a concept class, rather than new code. A frame
follows the same limits on authors as the category's own detector (confidential information is looked for
only in insiders' posts, for example) unless it sets its own.
"""

from __future__ import annotations

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import all_detectors, register
from safesocial.screening.detectors.base import Detector, Setup
from safesocial.screening.frames import FRAMES, Frame, frames_for, match
from safesocial.screening.types import Finding, Post


@register
class Frames(Detector):
    id = "frames"
    categories = frozenset(f.category for f in FRAMES)

    def __init__(self, setup: Setup) -> None:
        super().__init__(setup)
        own: dict[str, frozenset[str]] = {}
        for cls in all_detectors():
            if cls is not Frames:
                for category in cls.categories:
                    own[category] = own.get(category, frozenset()) | cls.authors
        self._frames: list[tuple[Frame, frozenset[str], tuple[frozenset[str], ...]]] = [
            (f, f.authors if f.authors is not None else own.get(f.category, frozenset()), f.needs)
            for f in frames_for(self.wanted)
        ]
        # Each frame is tried only on posts with a cue of its first main-scan slot: most posts try none.
        self._by_tag: dict[str, list[int]] = {}
        for i, (_, _, needs) in enumerate(self._frames):
            if not needs:
                raise ValueError(f"frame {self._frames[i][0].name!r} needs a slot read by the main scan")
            for tag in needs[0]:
                self._by_tag.setdefault(tag, []).append(i)

    def detect(self, post: Post, context: Context) -> list[Finding]:
        by_tag = self._by_tag
        candidates: set[int] = set()
        for tag in context.cues:
            hit = by_tag.get(tag)
            if hit is not None:
                candidates.update(hit)
        if not candidates:
            return []
        found: dict[str, Finding] = {}
        for i in sorted(candidates):
            frame, authors, needs = self._frames[i]
            if frame.category in found or post.author_role not in authors:
                continue
            if frame.accounts is not None and post.account not in frame.accounts:
                continue
            span = match(frame, context, needs)
            if span is None:
                continue
            found[frame.category] = Finding(
                category=frame.category,
                start=span[0],
                end=span[1],
                evidence=context.evidence(span),
                explanation=frame.reason,
                score=frame.score,
                detector=f"{self.id}: {frame.name}",
            )
        return list(found.values())
