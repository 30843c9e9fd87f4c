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
from typing import Any

from safesocial.screening.lexicon import COMMON_WORD_NAMES, PERSON_FOLLOWERS
from safesocial.screening.normalise import Variant, masked_words, unleet, variants
from safesocial.screening.profile import CompiledProfile, Entry, NameKind, OrgKind
from safesocial.screening.types import Post

Span = tuple[int, int]
# A colon introduces what follows ("my email: ..."), it does not end the sentence.
_SENTENCE_END = frozenset(".!?\n;")
_SENTENCE_END_RE = re.compile(r"[.!?\n;]")
# A known-as name ("Trish", "Olly") is as weak as a first name: a person of the school only in context.
_STRONG = frozenset({NameKind.FULL, NameKind.TITLE, NameKind.MUTATED_FULL})
MAX_SPANS_PER_TAG = 200  # bounded work on adversarial input: later repeats add nothing
_NEXT_WORD = re.compile(r"[ \t]{1,3}([a-z][a-z'\-]{1,29})")
_PREV_WORD = re.compile(r"([a-z][a-z'\-]{1,29})[ \t]{1,3}$")
_PERSON_NOUNS = frozenset(
    {
        "woman",
        "man",
        "family",
        "boy",
        "girl",
        "kid",
        "kids",
        "lad",
        "lass",
        "twins",
        "brothers",
        "sisters",
        "lot",
    }
)
_YOU_NEXT = re.compile(r" {1,3}(?:you|you're|youre|your|u|ur|ti|ti'n|chi|chi'n)\b")
_SAID_TO = re.compile(r"\b(?:you|your|you're|youre|yours|u|ur|ti|chi|dy|eich)\b")
_PRONOUNS = frozenset({"her", "his", "she", "he", "she's", "he's", "him", "ei", "hi", "fo", "o"})


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


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'").replace("‘", "'")


class TextScan:
    """Cue tags, people and school identifiers found in one piece of text.

    `names_only` marks a text that is a list of people (an image's people), where every roster name form
    is a name, even one that is also an ordinary word."""

    __slots__ = (
        "_breaks",
        "_contacts",
        "cues",
        "lower",
        "names_only",
        "orgs",
        "persons",
        "profile",
        "text",
    )

    def __init__(self, text: str, profile: CompiledProfile, *, names_only: bool = False) -> None:
        self.text = text
        self.profile = profile
        self.names_only = names_only
        low = lower_same_length(text)
        self.lower = low
        self.cues: dict[str, list[Span]] = {}
        self.orgs: list[OrgHit] = []
        raw_names: list[tuple[int, int, Entry]] = []
        self._scan(unleet(low), None, raw_names)
        stretched = "stretched" in self.cues
        for variant in variants(low, stretched=stretched):
            self._scan(variant.text, variant, raw_names)
        for start, end, kind in masked_words(low):
            self._add_cue(kind, (start, end))
        self.persons = self._resolve_names(raw_names) if raw_names or "title_word" in self.cues else []
        self._breaks: list[int] | None = None
        self._contacts: list[Any] | None = None

    def _scan(self, text: str, variant: Variant | None, raw_names: list[tuple[int, int, Entry]]) -> None:
        """One pass of the automaton over `text` (the post itself, or a variant reading of it)."""
        n = len(text)
        orgs = self.orgs
        cues = self.cues
        if variant is not None:
            self._scan_variant(text, variant, raw_names)
            return
        # The automaton's values are `Entry.packed` tuples: (length - 1, check_left, check_right, tags,
        # the entry if it names people, org kinds).
        for end_idx, (back, left, right, tags, named, org_kinds) in self.profile.automaton.iter(text):
            start = end_idx - back
            if left and start > 0 and text[start - 1].isalnum():
                continue
            end = end_idx + 1
            if right and end < n and text[end].isalnum():
                continue
            span = (start, end)
            for tag in tags:  # the common case, inline: the first scan needs no de-duplication
                lst = cues.get(tag)
                if lst is None:
                    cues[tag] = [span]
                elif len(lst) < MAX_SPANS_PER_TAG:
                    lst.append(span)
            if named is not None and len(raw_names) < MAX_SPANS_PER_TAG:
                raw_names.append((start, end, named))
            if org_kinds and len(orgs) < MAX_SPANS_PER_TAG:
                orgs.extend(OrgHit(start, end, k) for k in org_kinds)

    def _scan_variant(self, text: str, variant: Variant, raw_names: list[tuple[int, int, Entry]]) -> None:
        n = len(text)
        orgs = self.orgs
        for end_idx, (back, left, right, tags, named, org_kinds) in self.profile.automaton.iter(text):
            start = end_idx - back
            end = end_idx + 1
            if left and start > 0 and text[start - 1].isalnum():
                continue
            if right and end < n and text[end].isalnum():
                continue
            start, end = variant.span(start, end)
            for tag in tags:
                self._add_cue(tag, (start, end))
            if named is not None and len(raw_names) < MAX_SPANS_PER_TAG:
                raw_names.append((start, end, named))
            if org_kinds and len(orgs) < MAX_SPANS_PER_TAG:
                if not any(o.start < end and start < o.end for o in orgs):
                    orgs.extend(OrgHit(start, end, k) for k in org_kinds)

    def _add_cue(self, tag: str, span: Span) -> None:
        """Add a cue found in a variant reading or by the masked-word check, unless one overlaps it."""
        lst = self.cues.get(tag)
        if lst is None:
            self.cues[tag] = [span]
        elif len(lst) < MAX_SPANS_PER_TAG:
            if any(a < span[1] and span[0] < b for a, b in lst):
                return
            lst.append(span)
            lst.sort()

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
            firsts: list[int] = []
            surnames: list[int] = []
            for kind, ids, kind_roles in entry.names:
                if kind == NameKind.SURNAME:
                    surnames.extend(ids)
                elif self._reads_as_name(kind, start, end):
                    accepted.extend(ids)
                    roles |= kind_roles
                    strong = strong or kind in _STRONG
                if kind in (NameKind.FIRST, NameKind.MUTATED_FIRST):
                    firsts.extend(ids)
            if not accepted and surnames and self._surname_as_person(start, end):
                # "the Rigby woman", "the Quayle family": a surname made a person by the words around it
                hits.append(self._hit(start - 4, end, surnames))
                continue
            fuzzy = None
            if not strong and firsts:  # "Hope Adeymi": a first name and a misspelt surname
                fuzzy = self._fuzzy_surname_after(start, end, firsts, entry)
            if fuzzy is None and not accepted and surnames:  # "Stephan Aspinall"
                fuzzy = self._fuzzy_first_before(start, end, surnames)
            if fuzzy is not None:
                hits.append(fuzzy)
            elif accepted:
                hits.append(PersonHit(start, end, tuple(accepted), frozenset(roles), strong))
        hits.extend(self._titled_misspelt(hits))
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
        hits.sort(key=lambda h: h.start)
        return hits

    def _hit(self, start: int, end: int, ids: list[int]) -> PersonHit:
        people = self.profile.people
        return PersonHit(start, end, tuple(ids), frozenset(people[i].role for i in ids), True)

    def _surname_as_person(self, start: int, end: int) -> bool:
        if start < 4 or self.lower[start - 4 : start] != "the " or not self.text[start].isupper():
            return False
        m = _NEXT_WORD.match(self.lower, end, min(len(self.lower), end + 20))
        return m is not None and m.group(1) in _PERSON_NOUNS

    def _fuzzy_surname_after(
        self, start: int, end: int, candidates: list[int], entry: Entry
    ) -> PersonHit | None:
        m = _NEXT_WORD.match(self.lower, end, min(len(self.lower), end + 40))
        if m is None:
            return None
        if (
            self.lower[start:end] in COMMON_WORD_NAMES
            and not self.text[m.start(1) : m.start(1) + 1].isupper()
        ):
            return None  # "Poppy fields in full bloom": a word and a word, not a name and a misspelt surname
        # The candidates are the entry's first-name people, so the answer for a word is the entry's: kept on
        # the profile ("Grace period", "Hope the rain" come back often).
        cache = self.profile.surname_after_cache
        key = (id(entry), m.group(1))
        found = cache.get(key)
        if found is None:
            word = _strip_possessive(unleet(m.group(1)))
            if len(cache) >= _SURNAME_CACHE_SIZE:
                cache.clear()
            found = cache[key] = (len(word), self.profile.surnames_close(candidates, word))
        length, ids = found
        return self._hit(start, m.start(1) + length, ids) if ids else None

    def _fuzzy_first_before(self, start: int, end: int, candidates: list[int]) -> PersonHit | None:
        if not self.text[start : start + 1].isupper():
            return None
        m = _PREV_WORD.search(self.lower, max(0, start - 40), start)
        if m is None:
            return None
        ids = [i for i in candidates if self.profile.first_name_close(i, unleet(m.group(1)))]
        return self._hit(m.start(1), end, ids) if ids else None

    def _titled_misspelt(self, hits: list[PersonHit]) -> list[PersonHit]:
        """ "Mrs Aspinal": a title before a capitalised word close to an adult's surname."""
        out: list[PersonHit] = []
        for t_start, t_end in self.cues.get("title_word", ())[:20]:
            m = _NEXT_WORD.match(self.lower, t_end, min(len(self.lower), t_end + 40))
            if m is None or not self.text[m.start(1)].isupper():
                continue
            if any(h.start <= m.start(1) < h.end for h in hits):
                continue
            word = _strip_possessive(unleet(m.group(1)))
            ids = self.profile.adults_with_surname_close(word)
            if ids:
                out.append(self._hit(t_start, m.start(1) + len(word), ids))
        return out

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
        if kind in (NameKind.FULL, NameKind.TITLE) or self.names_only:
            return True
        word = self.lower[start:end]
        capital = self.text[start : start + 1].isupper()
        if kind in (NameKind.MUTATED_FULL, NameKind.MUTATED_FIRST):
            return capital
        common = word in COMMON_WORD_NAMES or len(word) <= 2
        if not common:
            return True
        followed = self._person_follows(end)
        if not capital:
            # "summer's back in school after her op": a person, in lower case, by what surrounds it.
            return followed and self._about_a_person(start)
        if not self.sentence_initial(start):
            return True
        return followed or self._vocative(end)

    def _vocative(self, end: int) -> bool:
        """ "Dawn, nobody wants you here", "Dawn you're a joke": a name called out before words said to its
        bearer (a comma and "you" within a few words, or "you" straight after the name)."""
        low = self.lower
        if low[end : end + 1] == ",":
            return _SAID_TO.search(low, end, min(len(low), end + 60)) is not None
        return _YOU_NEXT.match(low, end) is not None

    def _person_follows(self, end: int) -> bool:
        nxt = self.lower[end : end + 12].split()
        return bool(nxt) and (nxt[0] in PERSON_FOLLOWERS or self.lower[end : end + 2] == "'s")

    def _about_a_person(self, pos: int) -> bool:
        """The sentence around `pos` is about the school and speaks of someone as her or him."""
        if not any(t in self.cues for t in ("school_word", "pupil_word", "schoolwork", "school_event")):
            return False
        s0 = self._sentence_start(pos)
        s1 = self._sentence_end(pos)
        words = set(self.lower[s0:s1].replace(",", " ").split())
        return bool(words & _PRONOUNS)

    def _sentence_start(self, pos: int) -> int:
        i = pos - 1
        while i >= 0 and pos - i < 400 and self.text[i] not in _SENTENCE_END:
            i -= 1
        return i + 1

    def _sentence_end(self, pos: int) -> int:
        n = len(self.text)
        i = pos
        while i < n and i - pos < 400 and self.text[i] not in _SENTENCE_END:
            i += 1
        return i

    # -- positions -------------------------------------------------------------------------------------
    def sentence_initial(self, pos: int) -> bool:
        i = pos - 1
        while i >= 0 and self.text[i] in " \t\"'(“‘-—–*":
            i -= 1
        return i < 0 or self.text[i] in _SENTENCE_END

    def breaks(self) -> list[int]:
        if self._breaks is None:
            low = self.lower
            self._breaks = [i for m in _SENTENCE_END_RE.finditer(low) if _ends_sentence(low, i := m.start())]
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
        return not self.cues.keys().isdisjoint(tags)

    def spans(self, *tags: str) -> list[Span]:
        if len(tags) == 1:
            return self.cues.get(tags[0], [])
        out: list[Span] = []
        for t in tags:
            out.extend(self.cues.get(t, ()))
        return out

    def overlaps(self, span: Span, *tags: str) -> bool:
        s, e = span
        cues = self.cues
        for t in tags:
            found = cues.get(t)
            if found:
                for a, b in found:
                    if a < e and s < b:
                        return True
        return False

    def negated(self, span: Span, reach: int = 24) -> bool:
        """A negation word shortly before the cue, in the same clause ("not a nightmare"). A comma ends
        its reach ("does nothing all day, lazy"), and some negative words only intensify ("can't
        believe how rude")."""
        negations = self.cues.get("negation")
        if not negations:
            return False
        s = span[0]
        exempt = self.cues.get("negation_exempt", ())
        for a, b in negations:
            if b <= s and s - b <= reach and self.same_sentence(a, s):
                if "," in self.text[b:s] or any(x <= a and b <= y for x, y in exempt):
                    continue
                return True
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


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "s'", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] if suffix != "s'" else word[:-1]
    return word


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


_SCAN_CACHE_SIZE = 4096
_SURNAME_CACHE_SIZE = 4096


def profile_scan(text: str, profile: CompiledProfile, *, names_only: bool = False) -> TextScan:
    """The scan of a profile text (a bio, a display name, an image's people). An author's profile comes
    with each of their posts, so scans are kept (a bounded number) and shared; a scan is never changed
    after it is made, apart from work it caches on itself."""
    cache = profile.scan_cache
    key = (text, names_only)
    scan = cache.get(key)
    if scan is None:
        if len(cache) >= _SCAN_CACHE_SIZE:
            cache.clear()
        scan = cache[key] = TextScan(text, profile, names_only=names_only)
    return scan


def span_union(a: Span, b: Span) -> Span:
    return (min(a[0], b[0]), max(a[1], b[1]))


class Context(TextScan):
    """The analysis of one post: its text scan plus what detectors need about the post and the school."""

    __slots__ = ("_bio", "_display_name", "_image_people", "_images", "_school_context", "memo", "post")

    def __init__(self, post: Post, profile: CompiledProfile) -> None:
        super().__init__(post.text, profile)
        self.post = post
        # Worked out on first use (most posts never need them) and kept for the rest of the post's checks.
        self._bio: TextScan | None = None
        self._display_name: TextScan | None = None
        self._images: list[TextScan] | None = None
        self._image_people: list[list[TextScan]] | None = None
        self._school_context: bool | None = None
        # What one check works out that another may need again (targets, frames, the model's score).
        self.memo: dict[str, Any] = {}

    @property
    def bio(self) -> TextScan:
        if self._bio is None:
            self._bio = profile_scan(self.post.bio, self.profile)
        return self._bio

    @property
    def display_name(self) -> TextScan:
        if self._display_name is None:
            self._display_name = profile_scan(self.post.display_name, self.profile)
        return self._display_name

    @property
    def images(self) -> list[TextScan]:
        # Image descriptions are often repeated (alt text a school reuses), so their scans are shared.
        if self._images is None:
            self._images = [profile_scan(img.description, self.profile) for img in self.post.images]
        return self._images

    @property
    def image_people(self) -> list[list[TextScan]]:
        if self._image_people is None:
            self._image_people = [
                [profile_scan(name, self.profile, names_only=True) for name in img.people]
                for img in self.post.images
            ]
        return self._image_people

    @property
    def school_context(self) -> bool:
        """The post is plainly about the school or its community."""
        if self._school_context is None:
            self._school_context = bool(
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
        return self._school_context

    def community(
        self, *, roles: Iterable[str] | None = None, weak_ok: bool | None = None
    ) -> list[PersonHit]:
        """People of the school named in the post. Bare first names count only in a school context."""
        if not self.persons:
            return []
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
