"""The policy core runs without Django: the CLI, background jobs and the screener all use it directly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import safesocial.policy
import safesocial.policy.cli
import safesocial.policy.compare
import safesocial.policy.revisions
print(json.dumps(sorted(m for m in sys.modules if m == "django" or m.startswith("django."))))
"""


def test_when_the_policy_core_and_its_cli_are_imported_then_django_is_not() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
