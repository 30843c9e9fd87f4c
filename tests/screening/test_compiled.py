"""The compiled screener (scripts/compile_screener.py) decides exactly as its source does, and an old build
never shadows changed source."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.screening.casefiles import CASES_DIR, read_cases

import safesocial.screening.analysis as analysis
from safesocial.screening import _native_guard
from safesocial.screening._native_guard import compiled_state

# Screens every post of three labelled sets with their own schools and prints each whole decision.
SCREEN_ALL = r"""
import json, sys
from pathlib import Path
import safesocial.screening.analysis as analysis
from safesocial.screening import Screener
out = {"analysis": analysis.__file__, "decisions": []}
for cases, profiles in json.loads(sys.argv[1]):
    rows = [json.loads(line) for line in Path(cases).read_text(encoding="utf-8").splitlines() if line.strip()]
    screeners = {}
    for row in rows:
        policy = row["policy"]
        if policy not in screeners:
            profile = json.loads((Path(profiles) / f"{policy}.json").read_text(encoding="utf-8"))
            screeners[policy] = Screener.for_policy(policy, profile)
        d = screeners[policy].screen(row["post"])
        rec = d.to_dict()
        rec["scores"] = [round(f.score, 6) for f in d.findings]
        rec["spans"] = [[f.start, f.end] for f in d.findings]
        rec["masked"] = d.digest.masked_text if d.digest else None
        out["decisions"].append(rec)
print(json.dumps(out))
"""
SETS = [
    (CASES_DIR / "heldout3" / "cases.jsonl", CASES_DIR / "heldout3" / "profiles"),
    (CASES_DIR / "pass3" / "cases.jsonl", CASES_DIR / "pass3" / "profiles"),
    (CASES_DIR / "fresh.jsonl", CASES_DIR / "fresh"),
]


def _screen_all(source: bool) -> dict[str, Any]:
    env = dict(os.environ)
    env.pop(_native_guard.FORCE_SOURCE, None)
    if source:
        env[_native_guard.FORCE_SOURCE] = "1"
    arg = json.dumps([[str(c), str(p)] for c, p in SETS])
    proc = subprocess.run(
        [sys.executable, "-c", SCREEN_ALL, arg], capture_output=True, text=True, env=env, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return dict(json.loads(proc.stdout))


@pytest.mark.skipif(
    compiled_state()[1] != "compiled" or not analysis.__file__.endswith(".so"),
    reason="the screener is not compiled here (make compile)",
)
def test_when_the_screener_is_compiled_then_its_decisions_equal_the_source_ones() -> None:
    compiled = _screen_all(source=False)
    source = _screen_all(source=True)
    assert compiled["analysis"].endswith(".so") and source["analysis"].endswith(".py")
    n = sum(len(read_cases(c)) for c, _ in SETS)
    assert len(compiled["decisions"]) == len(source["decisions"]) == n
    assert {d["verdict"] for d in source["decisions"]} >= {"ok", "breach", "escalate"}
    for mine, theirs in zip(compiled["decisions"], source["decisions"], strict=True):
        assert mine == theirs, mine["id"]


def _fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, python: str | None = None) -> Path:
    """A one-module build record in a scratch source tree; returns the module's source file."""
    src = tmp_path / "src"
    module = src / "safesocial" / "screening" / "fast.py"
    module.parent.mkdir(parents=True)
    module.write_text("X = 1\n", encoding="utf-8")
    manifest = module.parent / "_native.json"
    digest = hashlib.sha256(module.read_bytes()).hexdigest()
    record = {"python": python or sys.version.split()[0], "sources": {"safesocial/screening/fast.py": digest}}
    manifest.write_text(json.dumps(record), encoding="utf-8")
    monkeypatch.setattr(_native_guard, "SRC_DIR", src)
    monkeypatch.setattr(_native_guard, "MANIFEST", manifest)
    monkeypatch.delenv(_native_guard.FORCE_SOURCE, raising=False)
    return module


def test_when_a_compiled_module_source_changes_then_the_build_counts_as_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = _fake_build(tmp_path, monkeypatch)
    paths, state = compiled_state()
    assert state == "compiled"
    assert paths == {"safesocial.screening.fast": module}
    module.write_text("X = 2\n", encoding="utf-8")
    assert compiled_state()[1] == "stale"
    module.unlink()
    assert compiled_state()[1] == "stale"


def test_when_the_build_is_for_another_python_or_source_is_asked_for_then_source_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_build(tmp_path, monkeypatch, python="3.10.0")
    assert compiled_state()[1] == "stale"
    _fake_build(tmp_path / "again", monkeypatch)
    monkeypatch.setenv(_native_guard.FORCE_SOURCE, "1")
    assert compiled_state()[1] == "source"


def test_when_nothing_is_compiled_or_the_record_is_broken_then_there_is_nothing_to_guard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_native_guard, "MANIFEST", tmp_path / "_native.json")
    assert compiled_state() == ({}, "none")
    (tmp_path / "_native.json").write_text("{not json", encoding="utf-8")
    assert compiled_state() == ({}, "none")


def test_when_a_stale_module_is_imported_then_it_loads_from_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = _fake_build(tmp_path, monkeypatch)
    (module.parent / "fast.cpython-311-x86_64-linux-gnu.so").write_bytes(b"not a real extension")
    finder = _native_guard._SourceFirst({"safesocial.screening.fast": module})
    spec = finder.find_spec("safesocial.screening.fast")
    assert spec is not None and spec.origin == str(module)
    assert finder.find_spec("safesocial.screening.other") is None
