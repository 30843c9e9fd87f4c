"""Reading the labelled case sets under tests/screening/cases/: build scripts, case files and profiles."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

CASES_DIR = Path(__file__).resolve().parent / "cases"
POLICIES = ("bwmat", "archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre")


def load_module(name: str, path: Path) -> ModuleType:
    """A case set's build or scoring script, imported from its file."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def read_cases(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines case file, blank lines skipped."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def profile_names(path: Path) -> set[str]:
    """The names of everyone in a school profile."""
    return {p["name"] for p in json.loads(path.read_text(encoding="utf-8"))["people"]}
