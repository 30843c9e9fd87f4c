"""Reading text the way a person does: digits and symbols used as letters, stretched letters, spaced-out
letters and masked swear words.

The screener scans the lower-cased text once as written (with digits used as letters read as letters, which
keeps every offset). Only a post that is written to dodge a word list ("c l u e l e s s", "liarrrr",
"s.h.i.t") gets extra *variant* readings; each variant carries a map from its characters back to the post's,
so a cue found in a variant still points at the right words of the post. Masked words ("sh*tshow",
"f***ing") are resolved against a short list of stems. All patterns are linear and bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# --- digits and symbols used as letters ----------------------------------------------------------------

_LEET_MAP = str.maketrans("013457$!@", "oieastsia")
# Runs of look-alikes; each is then checked in place (a regex starting with a character class is fast).
_LEET_RUN = re.compile(r"[013457$!@]{1,4}")
# What every run read as letters has: a look-alike straight before a letter (`[^\W\d_]` holds every letter).
_LEET_HINT = re.compile(r"[013457$!@][^\W\d_]")


def _as_letters(s: str, start: int, end: int) -> bool:
    """The run s[start:end] stands for letters: between letters ("sch00l", "sh!t", "wh@ts@pp"), or a "$"
    starting a word ("$hit"). "jo@oakfield.sch.uk" is an e-mail address: it has a dot after the @."""
    n = len(s)
    before = s[start - 1] if start > 0 else " "
    after = s[end] if end < n else " "
    if not after.isalpha():
        return False
    if not before.isalpha():
        return s[start:end] == "$" and not before.isalnum() and s[end + 1 : end + 2].isalpha()
    if "@" in s[start:end]:
        stop = end
        while stop < n and stop - end < 64 and not s[stop].isspace():
            stop += 1
        if "." in s[end:stop].rstrip("."):
            return False
    return True


def unleet(low: str) -> str:
    """Digits and symbols used as letters inside words read as the letters; same length as the input."""
    if not _LEET_HINT.search(low):
        return low
    runs = [m.span() for m in _LEET_RUN.finditer(low) if _as_letters(low, *m.span())]
    if not runs:
        return low
    out: list[str] = []
    pos = 0
    for s, e in runs:
        out.append(low[pos:s])
        out.append(low[s:e].translate(_LEET_MAP))
        pos = e
    out.append(low[pos:])
    return "".join(out)


# --- variant readings -----------------------------------------------------------------------------------

_STRETCH = re.compile(r"([a-z])\1{2,}")
# Three or more single characters separated by one space, dot, dash or underscore: "c l u e l e s s",
# "s.h.i.t", "S-L-T". Bounded: each step consumes two characters.
_SPACED = re.compile(r"(?<![a-z0-9])[a-z0-9*](?:[ .\-_][a-z0-9*]){2,60}(?![a-z0-9])")
MAX_VARIANT_CHARS = 20_000  # variants are for short, deliberately disguised posts
# A quick look for spaced-out letters (starting at a space, which the regex engine scans for fast).
_MAYBE_SPACED = re.compile(r" [a-z0-9*][ .\-_][a-z0-9*][ .\-_]")


@dataclass(frozen=True, slots=True)
class Variant:
    """Another reading of the text: `text[i]` stands for the post's character `index[i]`."""

    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The post's span for the variant's span [start, end)."""
        return self.index[start], self.index[end - 1] + 1


def _collapse_spaced(low: str) -> tuple[str, list[int]] | None:
    if not _SPACED.search(low):
        return None
    out: list[str] = []
    idx: list[int] = []
    pos = 0
    for m in _SPACED.finditer(low):
        s, e = m.span()
        out.append(low[pos:s])
        idx.extend(range(pos, s))
        for i in range(s, e, 2):
            out.append(low[i])
            idx.append(i)
        pos = e
    out.append(low[pos:])
    idx.extend(range(pos, len(low)))
    return "".join(out), idx


def _squeeze(text: str, index: list[int], keep: int) -> tuple[str, list[int]]:
    """Runs of three or more of one letter cut to `keep` letters ("liarrrr" -> "liar" or "liarr")."""
    out: list[str] = []
    idx: list[int] = []
    pos = 0
    for m in _STRETCH.finditer(text):
        s, e = m.span()
        out.append(text[pos:s])
        idx.extend(index[pos:s])
        out.append(text[s] * keep)
        idx.extend(index[s : s + keep])
        pos = e
    out.append(text[pos:])
    idx.extend(index[pos:])
    return "".join(out), idx


def variants(low: str, *, stretched: bool) -> Iterator[Variant]:
    """Extra readings of a lower-cased text, only where it spaces out or stretches letters. `stretched`
    says whether the text has a letter three times in a row (the scan's automaton notices that for free)."""
    if len(low) > MAX_VARIANT_CHARS:
        return
    spaced = bool(_MAYBE_SPACED.search(" " + low[:MAX_VARIANT_CHARS]))
    if not (spaced or stretched):
        return
    collapsed = _collapse_spaced(low) if spaced else None
    base, index = collapsed if collapsed is not None else (low, list(range(len(low))))
    if _STRETCH.search(base):
        for keep in (1, 2):
            text, idx = _squeeze(base, index, keep)
            yield Variant(unleet(text), tuple(idx))
    elif collapsed is not None:
        yield Variant(unleet(base), tuple(index))


# --- masked swear words ---------------------------------------------------------------------------------

_MASK_CHARS = "*#%"
_MASKED_TOKEN = re.compile(r"[a-z][a-z0-9*#%!@$]{1,24}")
# Stems a masked word is read against, one masked character for one letter ("f**k", "sh*tshow", "c**t").
PROFANE_STEMS: tuple[str, ...] = (
    "fucking", "fucker", "fuck", "shitty", "shite", "shit", "cunt", "twat", "wanker", "wank", "bitch",
    "bastard", "bollocks", "arsehole", "asshole", "dickhead", "prick", "piss", "slut", "whore", "cock",
    "motherfucker", "bullshit", "tosser", "ffycin", "cachu",
)  # fmt: skip
SLUR_STEMS: tuple[str, ...] = ("nigger", "nigga", "faggot", "paki", "retard", "spastic", "tranny")


def masked_words(low: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of masked profanity or slurs, kind "profanity" or "slur"."""
    if "*" not in low and "#" not in low and "%" not in low:  # _MASK_CHARS
        return
    for m in _MASKED_TOKEN.finditer(low):
        token = m.group()
        if not any(c in token for c in _MASK_CHARS):
            continue
        token = unleet(token)
        for kind, stems in (("slur", SLUR_STEMS), ("profanity", PROFANE_STEMS)):
            if any(_masked_match(token, stem) for stem in stems):
                yield m.start(), m.end(), kind
                break


def _masked_match(token: str, stem: str) -> bool:
    n = len(stem)
    if len(token) < n or token[0] != stem[0]:
        return False
    head = token[:n]
    masked = False
    for t, s in zip(head, stem, strict=True):
        if t in _MASK_CHARS:
            masked = True
        elif t != s:
            return False
    if not masked:
        return False
    rest = token[n:]
    return all(c.isalpha() or c in _MASK_CHARS for c in rest)
