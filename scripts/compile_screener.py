#!/usr/bin/env python3
"""Compile the screener's hot modules to C extensions with mypyc, in place beside their sources.

    .venv/bin/python scripts/compile_screener.py           # build (skipped when already up to date)
    .venv/bin/python scripts/compile_screener.py --check   # exit 1 if the compiled build is missing or stale
    .venv/bin/python scripts/compile_screener.py --clean   # remove them: the screener runs from source

The screening core is typed strictly (mypy --strict), so mypyc can compile it as it is; the compiled screener
makes exactly the decisions the source does (bench/decisions_digest.py, tests/screening/test_compiled.py) in
less time. Word lists and data modules stay Python (nothing to gain), and so do modules that build the
screener once (profiles, detector registration).

The build writes `src/safesocial/screening/_native.json`: the sha256 of every compiled module's source. On
import, `safesocial.screening` checks it and loads every listed module from its source instead if any one
has changed since, so an edit is never shadowed by an old build. Needs a C compiler and the Python headers;
without them the screener simply runs from source. `make install-dev` (and so `make test`) runs this.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "safesocial" / "screening"
MANIFEST = PACKAGE / "_native.json"
GROUP = "safesocial.screening._native"
# Not compiled: data (word lists, concept tables), the command line, one-off builders and the training script.
EXCLUDE = {
    "__init__.py",
    "_native_guard.py",
    "cli.py",
    "concepts.py",
    "lexicon.py",
    "profile.py",
    "detectors/base.py",
    "learned/train.py",
}


def modules() -> list[str]:
    """Source paths (relative to src/) of the modules to compile, in a stable order."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in EXCLUDE or rel.endswith("/__init__.py"):
            continue
        out.append(path.relative_to(SRC).as_posix())
    return out


def source_hashes(paths: list[str]) -> dict[str, str]:
    return {p: hashlib.sha256((SRC / p).read_bytes()).hexdigest() for p in paths}


def built_files() -> list[Path]:
    return sorted(p for p in (SRC / "safesocial").rglob("*.so"))


def up_to_date() -> tuple[bool, str]:
    if not MANIFEST.exists():
        return False, "not compiled"
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return False, f"unreadable manifest ({exc})"
    wanted = modules()
    if manifest.get("python") != sys.version.split()[0]:
        return False, f"built for Python {manifest.get('python')}"
    if sorted(manifest.get("sources", {})) != wanted:
        return False, "the list of compiled modules changed"
    if manifest["sources"] != source_hashes(wanted):
        return False, "sources changed since the build"
    missing = [p for p in wanted if not any((SRC / p).parent.glob(Path(p).stem + ".*.so"))]
    if missing:
        return False, f"missing builds: {', '.join(missing[:3])}"
    return True, "up to date"


def clean() -> None:
    for path in built_files():
        path.unlink()
    MANIFEST.unlink(missing_ok=True)


def build(jobs: int) -> int:
    paths = modules()
    with tempfile.TemporaryDirectory(prefix="safesocial-mypyc-") as tmp:
        work = Path(tmp)
        shutil.copytree(
            SRC / "safesocial", work / "safesocial", ignore=shutil.ignore_patterns("*.so", "__pycache__")
        )
        (work / "mypy.ini").write_text("[mypy]\npython_version = 3.11\nignore_missing_imports = True\n")
        (work / "setup.py").write_text(
            "from setuptools import setup\n"
            "from mypyc.build import mypycify\n"
            f"setup(name='safesocial-screening-native', ext_modules=mypycify({paths!r}, "
            f"group_name={GROUP!r}, opt_level='3'))\n"
        )
        cmd = [sys.executable, "setup.py", "-q", "build_ext", "--inplace", f"--parallel={jobs}"]
        proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stdout[-4000:], proc.stderr[-4000:], sep="\n", file=sys.stderr)
            return proc.returncode
        clean()
        copied = 0
        for so in work.rglob("*.so"):
            rel = so.relative_to(work)
            if rel.parts[0] != "safesocial":
                continue
            shutil.copy2(so, SRC / rel)
            copied += 1
    manifest = {"python": sys.version.split()[0], "sources": source_hashes(paths)}
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"compiled {len(paths)} screening modules ({copied} extension files) with mypyc")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 unless the compiled modules are up to date")
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules")
    ap.add_argument("--force", action="store_true", help="build even when up to date")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    if args.clean:
        clean()
        print("removed the compiled screening modules; the screener runs from source")
        return 0
    ok, why = up_to_date()
    if args.check:
        print(f"compiled screener: {why}")
        return 0 if ok else 1
    if ok and not args.force:
        print("compiled screener: up to date")
        return 0
    try:
        import mypyc  # noqa: F401  (the dev extra)
    except ImportError:
        print(
            "mypyc is not installed (pip install -e '.[dev]'); the screener runs from source", file=sys.stderr
        )
        return 1
    return build(args.jobs)


if __name__ == "__main__":
    sys.exit(main())
