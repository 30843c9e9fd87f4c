"""The screener against the public evaluation sample (shared/eval/sample.jsonl and its profiles).

The sample is a mirror of the hidden evaluation, not the target: the unseen set (test_eval_unseen.py) is the
one to tune against. Skipped when the shared folder is not beside the checkout.

    .venv/bin/pytest tests/screening/test_eval_sample.py -s     # prints the per-category table
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.screening.casefiles import CASES_DIR, load_module

scoring = load_module("safesocial_eval_scoring", CASES_DIR / "scoring.py")


@pytest.mark.data
def test_when_the_screener_runs_on_the_public_sample_then_it_meets_the_bar(shared_dir: Path) -> None:
    eval_dir = shared_dir / "eval"
    if not (eval_dir / "sample.jsonl").is_file() or not (eval_dir / "profiles").is_dir():
        pytest.skip(f"no evaluation sample at {eval_dir}")
    report = scoring.evaluate(eval_dir / "sample.jsonl", eval_dir / "profiles")
    table = report.table()
    print(f"\nsample.jsonl\n{table}")
    problems = scoring.failures(report)
    assert not problems, f"sample.jsonl: {'; '.join(problems)}\n{table}"
