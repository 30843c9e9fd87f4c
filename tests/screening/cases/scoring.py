"""Run labelled screening cases through the Python API and score them.

The figures are the evaluation scorer's (/work/shared/eval/score.py), reimplemented here so that the tests
do not depend on the shared folder at run time:

- category precision / recall / F1 over (case, category) pairs; a found category listed in `allowed` counts
  neither way;
- verdict accuracy;
- breach recall: cases whose expected verdicts are all `breach`/`escalate` that got `breach` or `escalate`;
- escalation recall: cases expecting only `escalate` that got `escalate`;
- false alarms: cases whose expected verdicts include `ok` that got `breach` or `escalate`.

Also usable by hand, e.g. to see every miss:

    .venv/bin/python tests/screening/cases/scoring.py tests/screening/cases/unseen.jsonl tests/screening/cases
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SERIOUS = frozenset({"breach", "escalate"})


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_profile(profiles_dir: Path, policy: str) -> dict[str, Any]:
    with (profiles_dir / f"{policy}.json").open(encoding="utf-8") as fh:
        profile: dict[str, Any] = json.load(fh)
    return profile


def run_cases(cases: Iterable[dict[str, Any]], profiles_dir: Path) -> dict[str, dict[str, Any]]:
    """Screen every case's post with the screener for its policy and school; a case that raises is answered
    with an `error` decision carrying the exception, so one failure does not hide the others."""
    from safesocial.screening import Screener

    screeners: dict[str, Any] = {}
    decisions: dict[str, dict[str, Any]] = {}
    for case in cases:
        policy = case["policy"]
        if policy not in screeners:
            screeners[policy] = Screener.for_policy(policy, load_profile(profiles_dir, policy))
        try:
            decisions[case["id"]] = screeners[policy].screen(case["post"]).to_dict()
        except Exception as exc:  # reported per case in the table, so one failure does not hide the rest
            error = f"{type(exc).__name__}: {exc}"
            decisions[case["id"]] = {"id": case["id"], "verdict": "error", "error": error}
    return decisions


@dataclass
class Miss:
    id: str
    policy: str
    verdict: str
    expected: list[str]
    missed: list[str]
    extra: list[str]
    text: str

    def line(self) -> str:
        parts = [f"{self.id} [{self.policy}]: verdict {self.verdict} (want {'/'.join(self.expected)})"]
        if self.missed:
            parts.append("missed " + ",".join(self.missed))
        if self.extra:
            parts.append("extra " + ",".join(self.extra))
        text = self.text.replace("\n", " ")
        return "  ".join(parts) + f"  | {text[:90]}{'...' if len(text) > 90 else ''}"


@dataclass
class Report:
    cases: int = 0
    answered: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    verdict_ok: int = 0
    serious_n: int = 0
    serious_hit: int = 0
    escalate_n: int = 0
    escalate_hit: int = 0
    clean_n: int = 0
    false_alarm: int = 0
    per_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    per_policy: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    per_policy_category: dict[str, dict[str, list[int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    )
    misses: list[Miss] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.verdict_ok / self.cases if self.cases else 0.0

    @property
    def breach_recall(self) -> float:
        return self.serious_hit / self.serious_n if self.serious_n else 1.0

    @property
    def escalation_recall(self) -> float:
        return self.escalate_hit / self.escalate_n if self.escalate_n else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarm / self.clean_n if self.clean_n else 0.0

    def table(self, *, max_misses: int = 400) -> str:
        lines = ["category                  tp   fp   fn   prec  recall  f1"]
        for cat, (tp, fp, fn) in sorted(self.per_category.items()):
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            lines.append(f"  {cat:24s}{tp:4d} {fp:4d} {fn:4d}  {p:5.2f}  {r:5.2f}  {f:5.2f}")
        lines.append("policy                 cases  verdict-ok  category tp/fp/fn")
        for policy, (n, ok) in sorted(self.per_policy.items()):
            tp, fp, fn = (sum(v[i] for v in self.per_policy_category[policy].values()) for i in range(3))
            lines.append(f"  {policy:22s}{n:5d}  {ok:5d}       {tp}/{fp}/{fn}")
        lines += [
            f"cases {self.cases}  answered {self.answered}  ({self.seconds:.2f} s)",
            f"verdict accuracy {self.verdict_accuracy:.3f}",
            f"breach recall {self.breach_recall:.3f} ({self.serious_hit}/{self.serious_n})",
            f"escalation recall {self.escalation_recall:.3f} ({self.escalate_hit}/{self.escalate_n})",
            f"false alarms {self.false_alarm_rate:.3f} ({self.false_alarm}/{self.clean_n})",
            f"category precision {self.precision:.3f} recall {self.recall:.3f}",
            f"category F1 {self.f1:.3f}",
        ]
        if self.misses:
            lines.append(f"misses ({len(self.misses)}):")
            lines += ["  " + m.line() for m in self.misses[:max_misses]]
        return "\n".join(lines)


def score(cases: list[dict[str, Any]], decisions: dict[str, dict[str, Any]], seconds: float = 0.0) -> Report:
    rep = Report(cases=len(cases), seconds=seconds)
    for case in cases:
        expect = case["expect"]
        decision = decisions.get(case["id"], {})
        if case["id"] in decisions:
            rep.answered += 1
        found = {f.get("category") for f in decision.get("findings", []) if isinstance(f, dict)}
        want, allowed = set(expect["categories"]), set(expect.get("allowed", []))
        hits, extra, missed = found & want, found - want - allowed, want - found
        rep.tp, rep.fp, rep.fn = rep.tp + len(hits), rep.fp + len(extra), rep.fn + len(missed)
        pc = rep.per_policy_category[case["policy"]]
        for index, group in enumerate((hits, extra, missed)):
            for cat in group:
                rep.per_category[str(cat)][index] += 1
                pc[str(cat)][index] += 1
        verdict = str(decision.get("verdict", "missing"))
        good = verdict in expect["verdicts"]
        rep.verdict_ok += good
        pp = rep.per_policy[case["policy"]]
        pp[0] += 1
        pp[1] += good
        if set(expect["verdicts"]) <= SERIOUS:
            rep.serious_n += 1
            rep.serious_hit += verdict in SERIOUS
        if expect["verdicts"] == ["escalate"]:
            rep.escalate_n += 1
            rep.escalate_hit += verdict == "escalate"
        if "ok" in expect["verdicts"]:
            rep.clean_n += 1
            rep.false_alarm += verdict in SERIOUS
        if missed or extra or not good:
            rep.misses.append(
                Miss(
                    id=case["id"],
                    policy=case["policy"],
                    verdict=verdict + (f" ({decision['error']})" if "error" in decision else ""),
                    expected=list(expect["verdicts"]),
                    missed=sorted(map(str, missed)),
                    extra=sorted(map(str, extra)),
                    text=str(case["post"].get("text", "")),
                )
            )
    return rep


def evaluate(cases_path: Path, profiles_dir: Path) -> Report:
    cases = load_cases(cases_path)
    start = time.perf_counter()
    decisions = run_cases(cases, profiles_dir)
    return score(cases, decisions, seconds=time.perf_counter() - start)


def failures(rep: Report) -> list[str]:
    """The acceptance bar for the screener on a labelled set; empty when it passes."""
    problems = []
    if rep.f1 < 0.90:
        problems.append(f"category F1 {rep.f1:.3f} < 0.90")
    if rep.breach_recall < 1.0:
        problems.append(f"breach recall {rep.breach_recall:.3f} < 1.0")
    if rep.escalation_recall < 1.0:
        problems.append(f"escalation recall {rep.escalation_recall:.3f} < 1.0")
    if rep.false_alarm_rate > 0.05:
        problems.append(f"false alarms {rep.false_alarm_rate:.3f} > 0.05")
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: scoring.py CASES.jsonl PROFILES_DIR")
    report = evaluate(Path(sys.argv[1]), Path(sys.argv[2]))
    print(report.table())
    sys.exit(1 if failures(report) else 0)
