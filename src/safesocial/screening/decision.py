"""From findings to a decision: each category's governing clause and severity under the pack, the verdict,
the actions, and the masked digest that may be stored instead of the post."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

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
    {"offensive", "disparaging", "school-reference", "pupil-image", "pupil-contact"}
)
_VERDICTS: dict[int, Verdict] = {0: "ok", 1: "advise", 2: "breach", 3: "escalate"}

GoverningLookup = Callable[[str], Governing | None]


def decide(
    post: Post, findings: Iterable[Finding], governing: GoverningLookup
) -> tuple[Verdict, tuple[Finding, ...], tuple[str, ...]]:
    """One finding per category (the most confident), each tied to the clause that governs it for this
    author and account; categories the policy does not address for them are dropped."""
    best: dict[str, Finding] = {}
    for f in findings:
        cur = best.get(f.category)
        if cur is None or f.score > cur.score:
            best[f.category] = f
    _drop_subsumed(best)
    decided: list[tuple[int, Finding, Governing]] = []
    for category, f in best.items():
        g = governing(category)
        if g is None:
            continue
        note = g.rule.explanation or g.clause.summary or ""
        explanation = (
            f"{f.explanation} {note}".strip() if note and note not in f.explanation else f.explanation
        )
        rank = severity_rank(g.severity.value)
        decided.append(
            (
                rank,
                Finding(
                    category=f.category,
                    start=f.start,
                    end=f.end,
                    evidence=f.evidence,
                    explanation=" ".join(explanation.split()),
                    score=f.score,
                    detector=f.detector,
                    clause=g.clause.id,
                    severity=g.severity.value,
                ),
                g,
            )
        )
    if not decided:
        return "ok", (), ()
    decided.sort(key=lambda t: (-t[0], _CATEGORY_ORDER.get(t[1].category, 99)))
    verdict = _VERDICTS[decided[0][0]]
    actions: list[str] = []
    seen: set[str] = set()
    for _, _, g in decided:
        for action in g.clause.actions:
            key = " ".join(action.lower().split())
            if key not in seen:
                seen.add(key)
                actions.append(action)
    if verdict == "escalate" and not any("designated safeguarding lead" in a.lower() for a in actions):
        actions.append(ESCALATION_ACTION)
    return verdict, tuple(f for _, f, _ in decided), tuple(actions)


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
    for category in SUBSUMED_BY_ESCALATION & best.keys():
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
