"""A school profile compiled once for fast screening.

Every roster name form (full name, first name, known-as name, "Mrs Surname", Welsh mutated forms), every
school and trust identifier (name, aliases, handles, domains) and every cue phrase of `lexicon` go into ONE
Aho-Corasick automaton, so a post is scanned once whatever the size of the roster.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

import ahocorasick
from rapidfuzz import process
from rapidfuzz.distance import OSA

from safesocial.screening.lexicon import COMMON_WORD_NAMES, compiled_lexicon, welsh_forms
from safesocial.screening.types import Person, Profile, ProfileError

MAX_PROFILE_BYTES = 20 * 1024 * 1024
_TITLES = ("mr", "mrs", "miss", "ms", "mx", "dr", "mr.", "mrs.", "ms.", "dr.", "prof", "sir")


class NameKind(IntEnum):
    FULL = 1  # "Ruby Hallett"
    KNOWN = 2  # a known-as name, e.g. "Ffi"
    TITLE = 3  # "Mrs Hallett"
    FIRST = 4  # "Ruby": a person only in context
    MUTATED_FULL = 5  # Welsh mutated full name, e.g. "Fegan Lloyd"
    MUTATED_FIRST = 6
    SURNAME = 7  # "Aspinall": never a person on its own, only beside a (misspelt) first name


class OrgKind(IntEnum):
    SCHOOL = 1
    TRUST = 2
    HANDLE = 3
    DOMAIN = 4


@dataclass(frozen=True, slots=True)
class Entry:
    """What one automaton key stands for."""

    length: int
    prefix: bool  # matches any word ending
    check_left: bool
    check_right: bool
    tags: tuple[str, ...]
    # grouped by kind: (kind, people indices, their roles)
    names: tuple[tuple[NameKind, tuple[int, ...], frozenset[str]], ...]
    orgs: tuple[OrgKind, ...]

    @property
    def packed(self) -> Packed:
        """What the scan reads for each match, as one tuple: (length - 1, check_left, check_right, tags, this
        entry if it names people, org kinds)."""
        return (
            self.length - 1,
            self.check_left,
            self.check_right,
            self.tags,
            self if self.names else None,
            self.orgs,
        )


Packed = tuple[int, bool, bool, tuple[str, ...], "Entry | None", tuple["OrgKind", ...]]


def norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


class CompiledProfile:
    """A profile ready for screening: the automaton plus fast look-ups."""

    def __init__(self, profile: Profile, *, welsh: bool = False) -> None:
        self.profile = profile
        # Scans of profile texts (bios, display names, image people), shared by posts that repeat them.
        self.scan_cache: dict[tuple[str, bool], Any] = {}
        # Misspelt surnames after a first name, by (automaton entry, next word): see analysis.TextScan.
        self.surname_after_cache: dict[tuple[int, str], tuple[int, list[int]]] = {}
        self.people: tuple[Person, ...] = profile.people
        self.welsh = welsh
        self.no_publish: frozenset[int] = frozenset(i for i, p in enumerate(profile.people) if p.no_publish)
        self.school_domains: tuple[str, ...] = tuple(
            norm(d).lstrip("@") for d in (*profile.school.domains, *profile.trust.domains)
        )
        # The school's and trust's names run together, as people write them in handles and display names
        # ("KestevenFieldsPE"); short ones (initials) would match inside too many words.
        self.compact_orgs: tuple[str, ...] = tuple(
            sorted(
                {
                    c
                    for org in (profile.school, profile.trust)
                    for name in (org.name, *org.aliases)
                    if name
                    for c in (_compact(name), _compact(name.removeprefix("The ").removeprefix("the ")))
                    if len(c) >= _MIN_COMPACT
                }
            )
        )
        self._handles: frozenset[str] = frozenset(
            norm(h).lstrip("@") for h in (*profile.school.handles, *profile.trust.handles)
        )
        self._first: list[str] = []
        self._last: list[str] = []
        for person in profile.people:
            parts = norm(person.name).split()
            self._first.append(parts[0] if parts else "")
            self._last.append(parts[-1] if len(parts) >= 2 else "")
        adult_surnames: dict[str, list[int]] = {}
        for i, person in enumerate(profile.people):
            if person.role != "pupil" and len(self._last[i]) >= 4:
                adult_surnames.setdefault(self._last[i], []).append(i)
        self._adult_surnames = adult_surnames
        self._adult_surname_list = list(adult_surnames)
        keys: dict[str, dict[str, Any]] = {}
        # Words that are never a misspelt surname: the cue words and the commonest words of the language.
        self._plain_words: frozenset[str] = (
            frozenset(k for k in compiled_lexicon() if " " not in k and not k.endswith("*")) | _FUNCTION_WORDS
        )

        def slot(key: str) -> dict[str, Any]:
            return keys.setdefault(key, {"tags": set(), "names": set(), "orgs": set(), "prefix": False})

        for phrase, tags in compiled_lexicon().items():
            prefix = phrase.endswith("*")
            key = phrase[:-1] if prefix else phrase
            if not key:
                continue
            s = slot(key)
            s["tags"].update(tags)
            s["prefix"] = s["prefix"] or prefix

        for idx, person in enumerate(profile.people):
            for key, kind in self._name_forms(person):
                if len(key) >= 2:
                    slot(key)["names"].add((kind, idx))

        for org, org_kind in ((profile.school, OrgKind.SCHOOL), (profile.trust, OrgKind.TRUST)):
            for name in (org.name, *org.aliases):
                if name:
                    for form in _org_forms(name):
                        slot(form)["orgs"].add(org_kind)
            for handle in org.handles:
                h = norm(handle)
                if h:
                    slot(h)["orgs"].add(OrgKind.HANDLE)
                    if h.startswith("@") and len(h) > 4:
                        slot(h[1:])["orgs"].add(OrgKind.HANDLE)
            for domain in org.domains:
                d = norm(domain)
                if d:
                    slot(d)["orgs"].add(OrgKind.DOMAIN)

        automaton = ahocorasick.Automaton()
        for key, s in keys.items():
            by_kind: dict[NameKind, list[int]] = {}
            for kind, idx in sorted(s["names"]):
                by_kind.setdefault(kind, []).append(idx)
            names = tuple(
                (kind, tuple(ids), frozenset(profile.people[i].role for i in ids))
                for kind, ids in by_kind.items()
            )
            anywhere = s["tags"] == {"stretched"} and not s["names"] and not s["orgs"]
            entry = Entry(
                length=len(key),
                prefix=s["prefix"],
                check_left=key[0].isalnum() and not anywhere,
                check_right=key[-1].isalnum() and not s["prefix"] and not anywhere,
                tags=tuple(sorted(s["tags"])),
                names=names,
                orgs=tuple(sorted(s["orgs"])),
            )
            automaton.add_word(key, entry.packed)
        automaton.make_automaton()
        self.automaton = automaton

    def _name_forms(self, person: Person) -> list[tuple[str, NameKind]]:
        forms: list[tuple[str, NameKind]] = []
        full = norm(person.name)
        parts = full.split()
        forms.append((full, NameKind.FULL))
        if len(parts) >= 2:
            first, last = parts[0], parts[-1]
            if len(first) >= 2:
                forms.append((first, NameKind.FIRST))
            if person.role != "pupil":
                forms.extend((f"{t} {last}", NameKind.TITLE) for t in _TITLES)
            if len(parts) > 2:  # "Mary Anne Smith" is also "Mary Smith"
                forms.append((f"{first} {last}", NameKind.FULL))
            if len(last) >= 4:
                forms.append((last, NameKind.SURNAME))
            if self.welsh:
                for m in welsh_forms(first)[1:]:
                    if len(m) >= 3 and m not in COMMON_WORD_NAMES:
                        forms.append((" ".join([m, *parts[1:]]), NameKind.MUTATED_FULL))
                        if len(m) >= 4:
                            forms.append((m, NameKind.MUTATED_FIRST))
        for alias in person.known_as:
            a = norm(alias)
            if a:
                forms.append((a, NameKind.KNOWN))
                if len(parts) >= 2 and " " not in a:  # "Olly Tranter", "Beth Coles"
                    forms.append((f"{a} {parts[-1]}", NameKind.FULL))
        return forms

    # -- misspelt names ----------------------------------------------------------------------------------
    def surnames_close(self, candidates: list[int], word: str) -> list[int]:
        """Those of `candidates` whose surname `word` is, or a slip of it ("Adeymi", "Whitlok")."""
        if len(word) < 3 or word in self._plain_words:
            return []
        initial = word[0]
        last = self._last
        return [i for i in candidates if last[i][:1] == initial and _close(last[i], word)]

    def first_name_close(self, person: int, word: str) -> bool:
        return _close(self._first[person], word)

    def adults_with_surname_close(self, word: str) -> list[int]:
        """Staff, parents and governors whose surname `word` is, or nearly is ("Mrs Aspinal")."""
        if len(word) < 4 or not self._adult_surname_list:
            return []
        found = process.extract(
            word, self._adult_surname_list, scorer=OSA.distance, score_cutoff=_allowed(len(word)), limit=4
        )
        out: list[int] = []
        for surname, _, _ in found:
            if _close(surname, word):
                out.extend(self._adult_surnames[surname])
        return out

    def is_plain_word(self, word: str) -> bool:
        """A cue word or one of the commonest words: never taken for a name or a handle."""
        return word in self._plain_words

    def compact_org_in(self, text: str) -> bool:
        """Whether `text` contains the school's or trust's name written without spaces or punctuation."""
        squeezed = _compact(text[:500])
        return any(c in squeezed for c in self.compact_orgs)

    def is_school_handle(self, handle: str) -> bool:
        return handle.lower().lstrip("@") in self._handles

    def is_institutional_email_domain(self, domain: str) -> bool:
        d = domain.lower()
        if d.endswith((".sch.uk", ".gov.uk", ".ac.uk", ".gov.wales", ".llyw.cymru", ".nhs.uk", ".nhs.net")):
            return True
        return any(d == sd or d.endswith("." + sd) for sd in self.school_domains)


# Compiled profiles in use, by (profile, Welsh forms): screeners for the same school under several packs (a
# trust's packs, the benchmark's five) share one automaton and its caches instead of each compiling its own.
# Held weakly: a compilation lives as long as a screener uses it.
_COMPILED: weakref.WeakValueDictionary[tuple[Profile, bool], CompiledProfile] = weakref.WeakValueDictionary()


def compiled_profile(profile: Profile, *, welsh: bool = False) -> CompiledProfile:
    """The compiled form of `profile`, shared with any screener that already compiled the same profile."""
    key = (profile, welsh)
    found = _COMPILED.get(key)
    if found is None:
        found = CompiledProfile(profile, welsh=welsh)
        _COMPILED[key] = found
    return found


_FUNCTION_WORDS = frozenset(
    """the and is was has had in on at to for with from but or so my your his her our their a an i it this
    that these those be been are were will would can could should did does do not no yes just very really
    again today tonight yesterday tomorrow here there all some any every more most what who when where why
    how then than too also only even still ever never always about after before into over under up down
    out off of by as if me you we they them us he she him its it's i'm i've i'll i'd we're you're who's
    yn a'r ac i'r o'r efo gyda mae oedd wedi ddim ond hefyd heddiw nos bore""".split()
)


_MIN_COMPACT = 7


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _allowed(length: int) -> int:
    """Typos tolerated in a name of this length: none in short names, one, then two in long ones."""
    return 0 if length < 4 else 1 if length < 8 else 2


def _close(name: str, word: str) -> bool:
    if not name or not word or name[0] != word[0] or abs(len(name) - len(word)) > 2:
        return False
    limit = _allowed(len(name))
    return OSA.distance(name, word, score_cutoff=limit) <= limit


def _org_forms(name: str) -> list[str]:
    base = norm(name)
    forms = {base}
    if "'" in base:
        forms.add(base.replace("'", ""))
    if base.startswith("st "):
        forms.add("st. " + base[3:])
        forms.add("saint " + base[3:])
    if base.startswith("the ") and len(base) > 8:
        forms.add(base[4:])
    return sorted(f for f in forms if len(f) >= 2)


def load_profile(path: str | Path) -> Profile:
    """Read and validate a school profile JSON file.

    Raises ProfileError with a message a person can act on."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ProfileError(f"profile {p}: no such file") from None
    except OSError as exc:
        raise ProfileError(f"profile {p}: cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(f"profile {p}: larger than 20 MB")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProfileError(f"profile {p}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ProfileError(
            f"profile {p}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    try:
        return Profile.from_dict(data)
    except ProfileError as exc:
        raise ProfileError(f"{p}: {exc}") from None


def profile_from(value: Profile | Mapping[str, Any]) -> Profile:
    return value if isinstance(value, Profile) else Profile.from_dict(value)
