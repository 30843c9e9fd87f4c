"""From findings to a decision: each category's governing clause and severity under the pack, the verdict,
the actions, and the masked digest that may be stored instead of the post."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from safesocial.policy.rules import Governing, severity_rank
from safesocial.policy.schema import CATEGORIES
from safesocial.screening.analysis import TextScan
from safesocial.screening.contacts import find_contacts
from safesocial.screening.types import Finding, MaskedDigest, Post, Verdict

ESCALATION_ACTION = (
    "Report to the Designated Safeguarding Lead today (or the police if someone is in immediate danger); "
    "keep the evidence and do not investigate yourself."
)
_CATEGORY_ORDER = {c: i for i, c in enumerate(CATEGORIES)}
ESCALATING = frozenset({"safeguarding", "extremism", "illegal"})
# Lesser readings of the words that show an escalation: "nudes" in a child's disclosure is the safeguarding
# concern, not also an obscene post; a threat is not also a rude remark.
SUBSUMED_BY_ESCALATION = frozenset(
    {"offensive", "disparaging", "school-reference", "pupil-image", "pupil-contact", "confidential"}
)
_VERDICTS: dict[int, Verdict] = {0: "ok", 1: "advise", 2: "breach", 3: "escalate"}

GoverningLookup = Callable[[str], Governing | None]


@dataclass(frozen=True, slots=True, eq=False)
class Ruling:
    """What the decision needs from a governing clause, worked out once when the screener is built: its
    severity and rank, the clause id, the note added to a finding's explanation and the actions with the
    keys that tell repeats apart."""

    rank: int
    severity: str
    clause_id: str
    note: str
    actions: tuple[tuple[str, str], ...]  # (key, action)
    explained: dict[str, str] = field(default_factory=dict)  # finding explanation -> with the note

    @classmethod
    def of(cls, g: Governing) -> Ruling:
        return cls(
            rank=severity_rank(g.severity.value),
            severity=g.severity.value,
            clause_id=g.clause.id,
            note=g.rule.explanation or g.clause.summary or "",
            actions=tuple((" ".join(a.lower().split()), a) for a in g.clause.actions),
        )

    def explain(self, explanation: str) -> str:
        """A finding's explanation with the clause's note, in single spaces (kept for repeats)."""
        out = self.explained.get(explanation)
        if out is None:
            note = self.note
            text = f"{explanation} {note}".strip() if note and note not in explanation else explanation
            out = " ".join(text.split())
            if len(self.explained) >= _EXPLAINED_MAX:
                self.explained.clear()
            self.explained[explanation] = out
        return out


_EXPLAINED_MAX = 512


def decide(
    post: Post, findings: Iterable[Finding], governing: GoverningLookup
) -> tuple[Verdict, tuple[Finding, ...], tuple[str, ...]]:
    """One finding per category (the most confident), each tied to the clause that governs it for this
    author and account; categories the policy does not address for them are dropped."""

    def ruling(category: str) -> Ruling | None:
        g = governing(category)
        return Ruling.of(g) if g is not None else None

    return decide_ruled(post, findings, ruling)


def decide_ruled(
    post: Post, findings: Iterable[Finding], ruling: Callable[[str], Ruling | None]
) -> tuple[Verdict, tuple[Finding, ...], tuple[str, ...]]:
    """`decide` with each category's governing clause already worked out (`Ruling`)."""
    best: dict[str, Finding] = {}
    for f in findings:
        cur = best.get(f.category)
        if cur is None or f.score > cur.score:
            best[f.category] = f
    if not best:
        return "ok", (), ()
    _drop_subsumed(best)
    decided: list[tuple[int, int, Finding, Ruling]] = []
    for category, f in best.items():
        r = ruling(category)
        if r is None:
            continue
        decided.append(
            (
                -r.rank,
                _CATEGORY_ORDER.get(category, 99),
                Finding(
                    category=category,
                    start=f.start,
                    end=f.end,
                    evidence=f.evidence,
                    explanation=r.explain(f.explanation),
                    score=f.score,
                    detector=f.detector,
                    clause=r.clause_id,
                    severity=r.severity,
                ),
                r,
            )
        )
    if not decided:
        return "ok", (), ()
    decided.sort(key=lambda t: (t[0], t[1]))
    verdict = _VERDICTS[-decided[0][0]]
    actions: list[str] = []
    seen: set[str] = set()
    for _, _, _, r in decided:
        for key, action in r.actions:
            if key not in seen:
                seen.add(key)
                actions.append(action)
    if verdict == "escalate" and not any("designated safeguarding lead" in a.lower() for a in actions):
        actions.append(ESCALATION_ACTION)
    return verdict, tuple(t[2] for t in decided), tuple(actions)


def _drop_subsumed(best: dict[str, Finding]) -> None:
    """Drop lesser categories found in the same words as an escalation (see SUBSUMED_BY_ESCALATION)."""
    whole = (0, 1 << 62)  # an escalation read from the whole post (no span) covers all its words
    serious = [
        (f.start, f.end) if f.start is not None and f.end is not None else whole
        for c, f in best.items()
        if c in ESCALATING
    ]
    if not serious:
        return
    for category in [c for c in SUBSUMED_BY_ESCALATION if c in best]:
        f = best[category]
        # only lesser readings of words: an image of pupils or a finding about the whole post stays
        if f.start is not None and f.end is not None and any(f.start < e and s < f.end for s, e in serious):
            del best[category]


def masked_digest(post: Post, scan: TextScan, findings: Iterable[Finding] = ()) -> MaskedDigest:
    """A digest of the post that is safe to store: the hash of the raw text, and the text with people's
    names, contact details and any personal data replaced by placeholders."""
    text = post.text
    marks: list[tuple[int, int, str]] = []
    for h in scan.persons:
        marks.append((h.start, h.end, "[PUPIL]" if "pupil" in h.roles else "[PERSON]"))
    for item in find_contacts(scan):
        marks.append((item.span[0], item.span[1], f"[{item.kind.upper()}]"))
    for f in findings:
        if f.category in ("personal-data", "safeguarding") and f.start is not None and f.end is not None:
            marks.append((f.start, f.end, "[REDACTED]"))
    marks.sort()
    out: list[str] = []
    pos = 0
    for s, e, label in marks:
        if s < pos:  # overlapping a previous mark: widen it
            if e > pos:
                pos = e
            continue
        out.append(text[pos:s])
        out.append(label)
        pos = e
    out.append(text[pos:])
    return MaskedDigest(
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        length=len(text),
        masked_text="".join(out)[:5000],
    )
