"""The two commands: what the README promises and what the Makefile and scripts do."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_when_the_readme_gives_the_quick_start_then_it_is_exactly_make_demo_and_make_test():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick_start, re.S).group(1)
    commands = [line.split("#", 1)[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]


def test_when_the_readme_lists_demo_sign_ins_then_every_role_at_every_school_is_there():
    from safesocial.schools.demo import DEMO_PASSWORD, DEMO_SCHOOLS, ROLE_PREFIXES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert DEMO_PASSWORD in readme
    for school in DEMO_SCHOOLS:
        for prefix in ROLE_PREFIXES.values():
            assert f"`{prefix}.{school.pack_id}`" in readme
    assert "`trust.demo`" in readme and "`service-desk`" in readme


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("install", "-m venv .venv"),
        ("demo", "scripts/demo.sh"),
        ("test", "scripts/test.sh"),
    ],
)
def test_when_a_make_target_is_dry_run_then_it_does_what_the_readme_says(target, expected, tmp_path):
    # A dry run in a copy with no .venv, so every step shows.
    for name in ("Makefile", "pyproject.toml"):
        (tmp_path / name).write_bytes((ROOT / name).read_bytes())
    result = subprocess.run(
        ["make", "-n", target, f"PYTHON={sys.executable}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    if target == "demo":
        assert "pip install --quiet -e ." in result.stdout  # install comes first
    if target == "test":
        assert "-e '.[dev]'" in result.stdout


def test_when_ci_runs_then_it_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_when_the_demo_port_is_busy_then_the_demo_script_says_so_and_stops(tmp_path):
    if not (ROOT / ".venv" / "bin" / "safesocial").exists():
        pytest.skip("needs the installed .venv")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        env = {**os.environ, "PORT": str(port), "SAFESOCIAL_VAR_DIR": str(tmp_path / "var")}
        result = subprocess.run(
            ["bash", "scripts/demo.sh"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert f"Port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "make demo PORT=" in result.stderr
    assert not (tmp_path / "var").exists()  # it stopped before touching anything
