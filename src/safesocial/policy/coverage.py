"""Does a pack capture everything its policy asks? Quotes verbatim, and coverage of normative sentences.

A policy's normative sentences are those with a word that makes a rule (must, should, never, prohibited, ...).
A sentence counts as covered when clause quotes account for at least half of its characters, or it lies
inside a quote. Quotes may join fragments of the source with "..." (or "…"); each fragment must be verbatim
and in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from safesocial.policy.schema import PolicyPack

NORMATIVE = re.compile(
    r"\b(must|should|never|not permitted|prohibited|required|expected|advised|unacceptable|only)\b",
    re.IGNORECASE,
)
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2022": " ",
        "\u25a1": " ",  # □ bullet
        "\u2610": " ",  # ☐ bullet
        "\u00b7": " ",  # · bullet
        "*": " ",  # markdown emphasis in the extracted text
    }
)
_LATEX_BULLET = re.compile(r"\$\\hfill \\square\$")
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "Mrs.", "Mr.", "Ms.", "Dr.", "St.", "no.", "vs.")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(\[])")
MIN_SENTENCE_CHARS = 12
MAX_SOURCE_CHARS = 1_000_000  # a policy is tens of kilobytes; refuse anything that is clearly not one
COVERED_FRACTION = 0.5


def normalise(text: str) -> str:
    """Collapse whitespace, straighten typographic quotes and dashes, drop bullet glyphs."""
    text = _LATEX_BULLET.sub(" ", text).translate(_TRANSLATE)
    return _SPACE.sub(" ", text).strip()


def quote_fragments(quote: str) -> list[str]:
    return [f for f in (normalise(part) for part in _ELLIPSIS.split(quote)) if f]


def quote_is_verbatim(quote: str, source: str) -> bool:
    """Every fragment of the quote occurs in the (normalised) source, in order."""
    return _verbatim_in(quote, normalise(_bounded(source)))


def _verbatim_in(quote: str, haystack: str) -> bool:
    pos = 0
    for fragment in quote_fragments(quote):
        found = haystack.find(fragment, pos)
        if found < 0:
            return False
        pos = found + len(fragment)
    return True


def _bounded(source: str) -> str:
    if len(source) > MAX_SOURCE_CHARS:
        raise ValueError(f"the policy text is longer than {MAX_SOURCE_CHARS:,} characters")
    return source


def sentences(source: str) -> list[str]:
    """Split a policy into sentences: by line (bullets, headings), then by sentence end."""
    out: list[str] = []
    for raw_line in _bounded(source).splitlines():
        line = normalise(raw_line)
        if not line:
            continue
        protected = line
        for abbr in _ABBREVIATIONS:
            protected = protected.replace(abbr, abbr.replace(".", "\x00"))
        for piece in _SENTENCE_END.split(protected):
            piece = piece.replace("\x00", ".").strip(" -")
            if len(piece) >= MIN_SENTENCE_CHARS:
                out.append(piece)
    return out


def normative_sentences(source: str) -> list[str]:
    return [s for s in sentences(source) if NORMATIVE.search(s)]


@dataclass
class Coverage:
    pack_id: str
    normative: list[str] = field(default_factory=list)
    covered: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    not_verbatim: list[str] = field(default_factory=list)  # clause ids whose quote is not in the source
    letters_not_verbatim: list[str] = field(default_factory=list)  # protocol letter ids, likewise

    @property
    def fraction(self) -> float:
        return len(self.covered) / len(self.normative) if self.normative else 1.0


def _covered_fraction(sentence: str, fragments: list[str]) -> float:
    marks = bytearray(len(sentence))
    for fragment in fragments:
        if sentence in fragment:
            return 1.0
        start = sentence.find(fragment)
        while start >= 0:
            marks[start : start + len(fragment)] = b"\x01" * len(fragment)
            start = sentence.find(fragment, start + 1)
    return sum(marks) / len(sentence) if sentence else 1.0


def pack_coverage(pack: PolicyPack, source: str) -> Coverage:
    """Check a pack against the text of the policy it encodes."""
    report = Coverage(pack_id=pack.id)
    protocol = pack.processes.inappropriate_post_protocol
    letters = protocol.letters if protocol else []
    haystack = normalise(_bounded(source))
    report.not_verbatim = [c.id for c in pack.clauses if not _verbatim_in(c.quote, haystack)]
    report.letters_not_verbatim = [
        letter.id for letter in letters if not _verbatim_in(letter.quote, haystack)
    ]
    quotes = [c.quote for c in pack.clauses] + [letter.quote for letter in letters]
    fragments = [f for q in quotes for f in quote_fragments(q)]
    for sentence in normative_sentences(source):
        report.normative.append(sentence)
        if _covered_fraction(sentence, fragments) >= COVERED_FRACTION:
            report.covered.append(sentence)
        else:
            report.uncovered.append(sentence)
    return report


def find_seed(pack: PolicyPack, seeds_dir: str | Path) -> Path | None:
    """The policy text a pack was written from, in a folder of policy texts.

    The file named by `metadata.source` if it is there; otherwise the text that holds the most of the pack's
    quotes verbatim (at least half of them), so a pack whose source names a document rather than a file is
    still found.
    """
    folder = Path(seeds_dir)
    named = folder / Path(pack.metadata.source).name
    if named.is_file():
        return named
    best: tuple[float, Path] | None = None
    for candidate in sorted(folder.glob("*.txt")):
        if candidate.stat().st_size > MAX_SOURCE_CHARS * 4:
            continue
        haystack = normalise(candidate.read_text(encoding="utf-8", errors="replace"))
        share = sum(_verbatim_in(c.quote, haystack) for c in pack.clauses) / len(pack.clauses)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, candidate)
    return best[1] if best else None
