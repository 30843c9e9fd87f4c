"""The shared, per-post analysis every detector reads: computed once, reused by all.

One pass of the profile's automaton over the lower-cased text gives the cue tags (with spans), the people
named and the school's identifiers. Sentence boundaries, and the same analysis of the author's profile and of
image descriptions, are worked out only if a detector asks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from safesocial.screening.lexicon import COMMON_WORD_NAMES, PERSON_FOLLOWERS
from safesocial.screening.profile import CompiledProfile, Entry, NameKind, OrgKind
from safesocial.screening.types import Post

Span = tuple[int, int]
_SENTENCE_END = frozenset(".!?\n;:")
_STRONG = frozenset({NameKind.FULL, NameKind.KNOWN, NameKind.TITLE, NameKind.MUTATED_FULL})
MAX_SPANS_PER_TAG = 200  # bounded work on adversarial input: later repeats add nothing


@dataclass(frozen=True, slots=True)
class PersonHit:
    start: int
    end: int
    people: tuple[int, ...]  # indices into the profile's people
    roles: frozenset[str]
    strong: bool  # full name, known-as or "Mrs Surname"; a bare first name is weak


@dataclass(frozen=True, slots=True)
class OrgHit:
    start: int
    end: int
    kind: OrgKind


_LEET = re.compile(r"(?<=[a-z])[013457]+(?=[a-z])")
_LEET_MAP = str.maketrans("013457", "oieast")


def unleet(low: str) -> str:
    """Digits used as letters inside words ("sch00l", "h3ll") read as the letters; same length."""
    if not _LEET.search(low):
        return low
    return _LEET.sub(lambda m: m.group().translate(_LEET_MAP), low)


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'").replace("‘", "'")


class TextScan:
    """Cue tags, people and school identifiers found in one piece of text."""

    __slots__ = ("_breaks", "_contacts", "cues", "lower", "orgs", "persons", "profile", "text")

    def __init__(self, text: str, profile: CompiledProfile) -> None:
        self.text = text
        self.profile = profile
        low = lower_same_length(text)
        self.lower = low
        n = len(low)
        cues: dict[str, list[Span]] = {}
        raw_names: list[tuple[int, int, Entry]] = []
        orgs: list[OrgHit] = []
        for end_idx, entry in profile.automaton.iter(unleet(low)):
            start = end_idx - entry.length + 1
            end = end_idx + 1
            if entry.check_left and start > 0 and low[start - 1].isalnum():
                continue
            if entry.check_right and end < n and low[end].isalnum():
                continue
            for tag in entry.tags:
                lst = cues.get(tag)
                if lst is None:
                    cues[tag] = [(start, end)]
                elif len(lst) < MAX_SPANS_PER_TAG:
                    lst.append((start, end))
            if entry.names and len(raw_names) < MAX_SPANS_PER_TAG:
                raw_names.append((start, end, entry))
            if entry.orgs and len(orgs) < MAX_SPANS_PER_TAG:
                orgs.extend(OrgHit(start, end, k) for k in entry.orgs)
        self.cues = cues
        self.orgs = orgs
        self.persons = self._resolve_names(raw_names) if raw_names else []
        self._breaks: list[int] | None = None
        self._contacts: list[Any] | None = None

    # -- names -----------------------------------------------------------------------------------------
    def _resolve_names(self, raw: list[tuple[int, int, Entry]]) -> list[PersonHit]:
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        kept: list[tuple[int, int, Entry]] = []
        max_end = -1
        for r in raw:  # drop a match inside a longer one ("Ruby" inside "Ruby Hallett")
            if r[1] <= max_end:
                continue
            kept.append(r)
            max_end = max(max_end, r[1])
        people = self.profile.people
        hits: list[PersonHit] = []
        for start, end, entry in kept:
            if self._inside_token(start, end):
                continue
            accepted: list[int] = []
            roles: set[str] = set()
            strong = False
            for kind, ids, kind_roles in entry.names:
                if self._reads_as_name(kind, start, end):
                    accepted.extend(ids)
                    roles |= kind_roles
                    strong = strong or kind in _STRONG
            if accepted:
                hits.append(PersonHit(start, end, tuple(accepted), frozenset(roles), strong))
        # A first name counts as the named person when that person is also named in full.
        strong_people = {i for h in hits if h.strong for i in h.people}
        if strong_people:
            hits = [
                h
                if h.strong or not (set(h.people) & strong_people)
                else PersonHit(
                    h.start,
                    h.end,
                    tuple(i for i in h.people if i in strong_people),
                    frozenset(people[i].role for i in h.people if i in strong_people),
                    True,
                )
                for h in hits
            ]
        return hits

    def _inside_token(self, start: int, end: int) -> bool:
        """Part of a handle, e-mail address or link ("owen.t.88", "jo@x.org"), not a name in prose."""
        low, n = self.lower, len(self.lower)
        before = low[start - 1] if start > 0 else " "
        after = low[end] if end < n else " "
        if before in "@_/#" or after in "@_/":
            return True
        if before == "." and start > 1 and low[start - 2].isalnum():
            return True
        return after == "." and end + 1 < n and low[end + 1].isalnum()

    def _reads_as_name(self, kind: NameKind, start: int, end: int) -> bool:
        if kind in (NameKind.FULL, NameKind.TITLE):
            return True
        word = self.lower[start:end]
        capital = self.text[start : start + 1].isupper()
        if kind in (NameKind.MUTATED_FULL, NameKind.MUTATED_FIRST):
            return capital
        common = word in COMMON_WORD_NAMES or len(word) <= 2
        if not common:
            return True
        if not capital:
            return False
        if not self.sentence_initial(start):
            return True
        nxt = self.lower[end : end + 12].split()
        return bool(nxt) and (nxt[0] in PERSON_FOLLOWERS or self.lower[end : end + 2] == "'s")

    # -- positions -------------------------------------------------------------------------------------
    def sentence_initial(self, pos: int) -> bool:
        i = pos - 1
        while i >= 0 and self.text[i] in " \t\"'(“‘-—–*":
            i -= 1
        return i < 0 or self.text[i] in _SENTENCE_END

    def breaks(self) -> list[int]:
        if self._breaks is None:
            low = self.lower
            self._breaks = [i for i, c in enumerate(low) if c in _SENTENCE_END and _ends_sentence(low, i)]
        return self._breaks

    def sentence_of(self, pos: int) -> int:
        return bisect_right(self.breaks(), pos - 1) if self.text else 0

    def same_sentence(self, a: int, b: int) -> bool:
        if a > b:
            a, b = b, a
        brk = self.breaks()
        i = bisect_right(brk, a)
        return i >= len(brk) or brk[i] >= b

    def sentence_count(self) -> int:
        return len(self.breaks()) + 1

    # -- cues ------------------------------------------------------------------------------------------
    def has(self, *tags: str) -> bool:
        cues = self.cues
        return any(t in cues for t in tags)

    def spans(self, *tags: str) -> list[Span]:
        if len(tags) == 1:
            return self.cues.get(tags[0], [])
        out: list[Span] = []
        for t in tags:
            out.extend(self.cues.get(t, ()))
        return out

    def overlaps(self, span: Span, *tags: str) -> bool:
        s, e = span
        return any(a < e and s < b for a, b in self.spans(*tags))

    def negated(self, span: Span, reach: int = 24) -> bool:
        """A negation word shortly before the cue, in the same sentence ("not a nightmare")."""
        s = span[0]
        for a, b in self.cues.get("negation", ()):
            if b <= s and s - b <= reach and self.same_sentence(a, s):
                return True
            if a <= s < b:  # "isn't" overlapping is fine, "can't stand" is the cue itself
                continue
        return False

    def near(
        self, left: Iterable[Span], right: Iterable[Span], *, window: int = 80, sentence: bool = True
    ) -> tuple[Span, Span] | None:
        """The first pair of spans close together (and in one sentence, unless told otherwise)."""
        right_list = list(right)
        if not right_list:
            return None
        for a in left:
            for b in right_list:
                gap = max(a[0], b[0]) - min(a[1], b[1])
                if gap <= window and (not sentence or self.same_sentence(a[0], b[0])):
                    return a, b
        return None

    def evidence(self, span: Span | None, limit: int = 200) -> str:
        if span is None:
            return ""
        return self.text[span[0] : min(span[1], span[0] + limit)]


def _ends_sentence(low: str, i: int) -> bool:
    c = low[i]
    if c != ".":
        return True
    # "St. Cuthbert's", "Mr. Jones", "3.5", "example.sch.uk" are not sentence ends.
    nxt = low[i + 1 : i + 2]
    if nxt and not nxt.isspace():
        return False
    j = i - 1
    while j >= 0 and low[j].isalpha():
        j -= 1
    word = low[j + 1 : i]
    return word not in {"st", "mr", "mrs", "ms", "dr", "mx", "prof", "e.g", "i.e", "etc", "vs"}


def span_union(a: Span, b: Span) -> Span:
    return (min(a[0], b[0]), max(a[1], b[1]))


class Context(TextScan):
    """The analysis of one post: its text scan plus what detectors need about the post and the school."""

    __slots__ = ("__dict__", "post")

    def __init__(self, post: Post, profile: CompiledProfile) -> None:
        super().__init__(post.text, profile)
        self.post = post

    @cached_property
    def bio(self) -> TextScan:
        return TextScan(self.post.bio, self.profile)

    @cached_property
    def display_name(self) -> TextScan:
        return TextScan(self.post.display_name, self.profile)

    @cached_property
    def images(self) -> list[TextScan]:
        return [TextScan(img.description, self.profile) for img in self.post.images]

    @cached_property
    def image_people(self) -> list[list[TextScan]]:
        return [[TextScan(name, self.profile) for name in img.people] for img in self.post.images]

    @cached_property
    def school_context(self) -> bool:
        """The post is plainly about the school or its community."""
        return bool(
            self.orgs
            or self.has(
                "school_word",
                "school_event",
                "pupil_word",
                "leader_word",
                "teacher_self",
                "staff_word",
                "schoolwork",
            )
            or self.post.account == "school"
            or self.post.recipient_role in ("pupil", "parent", "staff")
            or any(p.strong for p in self.persons)
        )

    def community(
        self, *, roles: Iterable[str] | None = None, weak_ok: bool | None = None
    ) -> list[PersonHit]:
        """People of the school named in the post. Bare first names count only in a school context."""
        allow_weak = self.school_context if weak_ok is None else weak_ok
        wanted = frozenset(roles) if roles is not None else None
        out = []
        for h in self.persons:
            if not h.strong and not allow_weak:
                continue
            if wanted is not None and not (h.roles & wanted):
                continue
            out.append(h)
        return out
