"""Keeps an old compiled build from shadowing the source it was built from.

`scripts/compile_screener.py` compiles the screener's hot modules with mypyc and records the sha256 of each
module's source in `_native.json`. Python would import a compiled module in preference to its `.py` file even
after the source changed; so, before any of them is imported, this checks the record and, if any compiled
source has changed (or `SAFESOCIAL_SCREENER_SOURCE=1` is set), loads every recorded module from its source
instead. The decisions are the same either way; only the speed differs.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parent
SRC_DIR = PACKAGE_DIR.parent.parent
MANIFEST = PACKAGE_DIR / "_native.json"
FORCE_SOURCE = "SAFESOCIAL_SCREENER_SOURCE"


class _SourceFirst(importlib.machinery.PathFinder):
    """Finds the listed modules' `.py` files, never their compiled builds."""

    def __init__(self, paths: dict[str, Path]) -> None:
        self.paths = paths

    def find_spec(  # type: ignore[override]
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.paths.get(fullname)
        if source is None:
            return None
        loader = importlib.machinery.SourceFileLoader(fullname, str(source))
        return importlib.util.spec_from_file_location(fullname, source, loader=loader)


def compiled_state() -> tuple[dict[str, Path], str]:
    """The compiled modules' sources by module name, and whether the build matches them: "compiled",
    "stale", "source" (forced) or "none" (nothing compiled)."""
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
        recorded: dict[str, str] = manifest["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}, "none"
    paths = {rel[: -len(".py")].replace("/", "."): SRC_DIR / rel for rel in recorded}
    if os.environ.get(FORCE_SOURCE) == "1":
        return paths, "source"
    if manifest.get("python") != sys.version.split()[0]:
        return paths, "stale"
    for rel, digest in recorded.items():
        try:
            current = hashlib.sha256((SRC_DIR / rel).read_bytes()).hexdigest()
        except OSError:
            return paths, "stale"
        if current != digest:
            return paths, "stale"
    return paths, "compiled"


def guard_compiled_modules() -> str:
    """Load the compiled modules from source if their build is stale (or source is asked for). Returns the
    state (see `compiled_state`)."""
    paths, state = compiled_state()
    if state in ("stale", "source") and not any(isinstance(f, _SourceFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFirst(paths))
        if state == "stale":
            log.warning(
                "the compiled screener is older than its source; running from source "
                "(rebuild with scripts/compile_screener.py)"
            )
    return state
