"""Shared fixtures: a small trust with schools, people and users in every role."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("SAFESOCIAL_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder not present at {SHARED}")
    return SHARED
