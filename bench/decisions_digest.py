#!/usr/bin/env python3
"""Every decision the screener makes on a fixed body of posts, written out in full and summed up in a digest.

    .venv/bin/python bench/decisions_digest.py                       # prints the digest
    .venv/bin/python bench/decisions_digest.py --out bench/results/decisions.jsonl
    .venv/bin/python bench/decisions_digest.py --compare bench/results/before.jsonl

A change meant only to make the screener faster must leave this digest as it was. The posts:

1. every labelled post under `tests/screening/cases/` (each set with its own school profiles), and the
   public sample in `../shared/eval/` when it is there;
2. the benchmark's generated posts (`screening_bench.make_posts`, same seed and sizes as the default run:
   10,000 posts, a 2,000-person roster), spread over the five bundled policies in turn;
3. the benchmark's hostile inputs at a tenth of their size (one per policy).

Each decision is written as one JSON line: verdict, actions, error, and every finding with its category,
clause, severity, span, evidence, explanation, detector and score (to 4 decimal places), plus the masked
digest (hash, length and masked text). The screeners run as the product runs them: the learned stage and
the offensive-language model on (when its artifact is present).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from screening_bench import POLICIES, adversarial_inputs, make_posts, make_profile  # noqa: E402

from safesocial.screening import Screener  # noqa: E402

CASES = ROOT / "tests" / "screening" / "cases"
SETS = [
    (CASES / "unseen.jsonl", CASES),
    (CASES / "unseen_hard.jsonl", CASES),
    (CASES / "unseen_fresh.jsonl", CASES),
    (CASES / "fresh.jsonl", CASES / "fresh"),
    (CASES / "heldout1" / "cases.jsonl", CASES / "heldout1" / "profiles"),
    (CASES / "heldout2" / "cases.jsonl", CASES / "heldout2" / "profiles"),
    (CASES / "heldout3" / "cases.jsonl", CASES / "heldout3" / "profiles"),
    (CASES / "pass3" / "cases.jsonl", CASES / "pass3" / "profiles"),
    (ROOT.parent / "shared" / "eval" / "sample.jsonl", ROOT.parent / "shared" / "eval" / "profiles"),
]


def record(decision: Any) -> dict[str, Any]:
    """The whole decision, scores to 4 decimal places."""
    out: dict[str, Any] = {
        "id": decision.id,
        "verdict": decision.verdict,
        "policy": decision.policy,
        "actions": list(decision.actions),
        "error": decision.error,
        "findings": [
            {
                "category": f.category,
                "clause": f.clause,
                "severity": f.severity,
                "start": f.start,
                "end": f.end,
                "evidence": f.evidence,
                "explanation": f.explanation,
                "detector": f.detector,
                "score": round(f.score, 4),
            }
            for f in decision.findings
        ],
    }
    if decision.digest is not None:
        d = decision.digest
        out["digest"] = {"sha256": d.sha256, "length": d.length, "masked_text": d.masked_text}
    return out


def labelled() -> Iterator[tuple[str, str, Path, dict[str, Any]]]:
    """(set name, policy, profile folder, post) for every labelled post."""
    for path, profiles in SETS:
        if not path.exists():
            continue
        name = str(path.relative_to(ROOT if path.is_relative_to(ROOT) else ROOT.parent))
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    case = json.loads(line)
                    yield name, case["policy"], profiles, case["post"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write every decision on a fixed body of posts; print a digest.")
    ap.add_argument("--posts", type=int, default=10_000, help="generated posts (default 10000)")
    ap.add_argument("--roster", type=int, default=2_000, help="people in the generated profile")
    ap.add_argument("--seed", type=int, default=20260310)
    ap.add_argument("--out", type=Path, default=None, help="write the decisions here (JSON lines)")
    ap.add_argument("--compare", type=Path, default=None, help="decisions written earlier: list changes")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    lines: list[str] = []
    sources: Counter[str] = Counter()
    screeners: dict[tuple[str, Path], Screener] = {}
    for name, policy, profiles, post in labelled():
        key = (policy, profiles)
        if key not in screeners:
            profile = json.loads((profiles / f"{policy}.json").read_text(encoding="utf-8"))
            screeners[key] = Screener.for_policy(policy, profile)
        rec = record(screeners[key].screen(post))
        lines.append(json.dumps({"set": name, **rec}, sort_keys=True, ensure_ascii=False))
        sources[name] += 1

    rng = random.Random(args.seed)
    profile = make_profile(args.roster, rng)
    posts, _ = make_posts(args.posts, profile, rng)
    bench = [Screener.for_policy(p, profile) for p in POLICIES]
    for i, post in enumerate(posts):
        rec = record(bench[i % len(bench)].screen(post))
        lines.append(json.dumps({"set": "bench", **rec}, sort_keys=True, ensure_ascii=False))
        sources["bench"] += 1

    for j, (label, text) in enumerate(adversarial_inputs(profile, posts, 0.1)):
        post = {
            "id": f"adv-{j}", "text": text, "account": "personal", "author_role": "staff",
            "platform": "facebook", "audience": "public", "posted_at": "2026-03-10T19:40:00",
        }  # fmt: skip
        rec = record(bench[j % len(bench)].screen(post))
        rec = {"set": "hostile", "input": label, **rec}
        lines.append(json.dumps(rec, sort_keys=True, ensure_ascii=False))
        sources["hostile"] += 1

    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    verdicts = Counter(json.loads(line)["verdict"] for line in lines)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} decisions ({', '.join(f'{k} {v}' for k, v in sources.items())})")
    print("verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    print(f"digest {digest}  ({time.perf_counter() - t0:.0f} s)")
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()
        changed = [i for i, (a, b) in enumerate(zip(before, lines, strict=False)) if a != b]
        if len(before) != len(lines):
            print(f"DIFFERENT: {len(before)} decisions before, {len(lines)} now")
        if changed:
            print(f"DIFFERENT: {len(changed)} decisions changed; first:")
            for i in changed[:5]:
                print(f"  before {before[i][:400]}\n  now    {lines[i][:400]}")
            return 1
        if len(before) != len(lines):
            return 1
        print("identical to", args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
