"""Compare two policies category by category: what each says, under which clause, and how strongly.

For every screening category either pack addresses, each side lists its governing clauses (the clause the
screener would cite) with their strength and the severity for each author, and a one-line summary says
e.g. "archbishop-hutton forbids / bwmat only advises".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from safesocial.policy.coverage import normalise
from safesocial.policy.loader import LoadedPack
from safesocial.policy.rules import governing_clause, severity_rank
from safesocial.policy.schema import ACCOUNT_TYPES, AUTHOR_ROLES, CATEGORIES, Severity

Stance = Literal["escalates", "forbids", "only advises", "is silent"]
_STANCE: dict[Severity | None, Stance] = {
    Severity.ESCALATE: "escalates",
    Severity.BREACH: "forbids",
    Severity.ADVISE: "only advises",
    None: "is silent",
}
_BOTH = {"escalates": "both escalate", "forbids": "both forbid", "only advises": "both only advise"}
SHORT_QUOTE_CHARS = 140


@dataclass(frozen=True)
class Ruling:
    """One governing clause for some authors and accounts."""

    clause: str
    strength: str
    severity: str
    authors: tuple[str, ...]
    accounts: tuple[str, ...]
    quote: str  # shortened for display


@dataclass(frozen=True)
class Side:
    pack: str
    stance: Stance
    rulings: tuple[Ruling, ...]


@dataclass(frozen=True)
class CategoryComparison:
    category: str
    a: Side
    b: Side
    summary: str


def short_quote(quote: str, limit: int = SHORT_QUOTE_CHARS) -> str:
    text = normalise(quote)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"


def side(loaded: LoadedPack, category: str) -> Side:
    """What one policy says about a category, grouped so that one line covers authors treated alike."""
    by_author: dict[tuple[str, str, str], list[str]] = {}  # (clause, severity, author) -> accounts
    strongest: Severity | None = None
    quotes: dict[str, tuple[str, str]] = {}
    for author in AUTHOR_ROLES:
        for account in ACCOUNT_TYPES:
            found = governing_clause(loaded.pack, category, author=author, account=account)
            if found is None:
                continue
            by_author.setdefault((found.clause.id, found.severity.value, author), []).append(account)
            quotes[found.clause.id] = (found.clause.strength.value, short_quote(found.clause.quote))
            if strongest is None or severity_rank(found.severity) > severity_rank(strongest):
                strongest = found.severity
    grouped: dict[tuple[str, str, tuple[str, ...]], list[str]] = {}
    for (clause_id, severity, who), accounts in by_author.items():
        grouped.setdefault((clause_id, severity, tuple(accounts)), []).append(who)
    rulings = tuple(
        Ruling(clause_id, quotes[clause_id][0], severity, tuple(authors), accounts, quotes[clause_id][1])
        for (clause_id, severity, accounts), authors in sorted(
            grouped.items(), key=lambda item: (-severity_rank(item[0][1]), AUTHOR_ROLES.index(item[1][0]))
        )
    )
    return Side(pack=loaded.id, stance=_STANCE[strongest], rulings=rulings)


def summary_line(a: Side, b: Side) -> str:
    if a.stance == b.stance:
        return _BOTH.get(a.stance, "both are silent")
    return f"{a.pack} {a.stance} / {b.pack} {b.stance}"


def compare_packs(a: LoadedPack, b: LoadedPack) -> list[CategoryComparison]:
    """Every screening category either pack addresses, in the screening contract's order."""
    addressed = a.pack.categories() | b.pack.categories()
    out = []
    for category in CATEGORIES:
        if category in addressed:
            left, right = side(a, category), side(b, category)
            out.append(CategoryComparison(category, left, right, summary_line(left, right)))
    return out


def comparison_json(a: LoadedPack, b: LoadedPack) -> dict[str, Any]:
    return {
        "a": {"id": a.id, "revision_label": a.revision_label},
        "b": {"id": b.id, "revision_label": b.revision_label},
        "categories": [asdict(c) for c in compare_packs(a, b)],
    }
