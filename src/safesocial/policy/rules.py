"""Which clause of a pack governs a screening category, and how seriously, for a given author and account."""

from __future__ import annotations

from dataclasses import dataclass

from safesocial.policy.schema import (
    ACCOUNT_TYPES,
    AUTHOR_ROLES,
    ESCALATING_CATEGORIES,
    Clause,
    PolicyPack,
    ScreeningRule,
    Severity,
)

_RANK = {Severity.ADVISE: 1, Severity.BREACH: 2, Severity.ESCALATE: 3}


@dataclass(frozen=True)
class Governing:
    clause: Clause
    rule: ScreeningRule
    severity: Severity


def severity_rank(severity: str) -> int:
    return _RANK[Severity(severity)] if severity in {s.value for s in Severity} else 0


def governing_clause(pack: PolicyPack, category: str, *, author: str, account: str) -> Governing | None:
    """The most serious rule for this category that covers this author and account, or None if the policy
    does not address the category for them. Safeguarding, extremism and illegal content always escalate."""
    best: Governing | None = None
    for clause in pack.clauses:
        for rule in clause.screening:
            if rule.category != category or author not in rule.authors or account not in rule.accounts:
                continue
            severity = Severity.ESCALATE if category in ESCALATING_CATEGORIES else rule.severity
            if best is None or _RANK[severity] > _RANK[best.severity]:
                best = Governing(clause=clause, rule=rule, severity=severity)
    return best


def required_gaps(pack: PolicyPack) -> list[str]:
    """Plain-language notes on authors and accounts for whom an escalating category (safeguarding, extremism,
    illegal) has no rule: every pack must let the screener escalate these, whoever posts and wherever."""
    notes = []
    for category in sorted(ESCALATING_CATEGORIES):
        missing = [
            f"{author} ({account} accounts)"
            for author in AUTHOR_ROLES
            for account in ACCOUNT_TYPES
            if governing_clause(pack, category, author=author, account=account) is None
        ]
        if missing:
            notes.append(
                f"no clause lets the screener escalate '{category}' for: {', '.join(missing)}; cite the "
                "policy's safeguarding or police duty for them"
            )
    return notes
