"""Which clause of a pack governs a screening category, and how seriously, for a given author and account."""

from __future__ import annotations

from dataclasses import dataclass

from safesocial.policy.schema import ESCALATING_CATEGORIES, Clause, PolicyPack, ScreeningRule, Severity

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
