"""`safesocial screen --policy ID|FILE --profile PROFILE.json < posts.jsonl > decisions.jsonl`

One JSON post a line in, one decision a line out, in order. A malformed line gets an `error` decision and the
run goes on; a policy or profile that cannot be used stops the run with a message and exit status 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import re
import sys
from typing import IO

from safesocial.policy.loader import PackError, load_pack
from safesocial.screening.pipeline import Screener
from safesocial.screening.profile import load_profile
from safesocial.screening.types import Decision, ProfileError

_ID = re.compile(r'"id"\s{0,8}:\s{0,8}"([^"\\]{1,200})"')


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="safesocial screen",
        description="Screen social-media posts (JSON lines on stdin) against a school's policy pack.",
    )
    p.add_argument("--policy", required=True, help="bundled pack id (e.g. bwmat) or path to a pack file")
    p.add_argument(
        "--profile", required=True, help="school profile JSON: the school, its people, working hours"
    )
    p.add_argument("--no-model", action="store_true", help="do not use the offensive-language model")
    return p


def _error_record(line: bytes, message: str) -> dict[str, object]:
    m = _ID.search(line[:4096].decode("utf-8", "replace"))
    return Decision(id=m.group(1) if m else None, verdict="error", error=message).to_dict()


def run(screener: Screener, stdin: IO[bytes], stdout: IO[str]) -> int:
    write = stdout.write
    for n, raw in enumerate(stdin, start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8 text"
            record = _error_record(line, f"line {n} is not valid JSON: {msg}")
        else:
            if isinstance(data, dict):
                record = screener.screen(data).to_dict()
            else:
                record = _error_record(line, f"line {n} must be a JSON object")
        write(json.dumps(record, ensure_ascii=False) + "\n")
    stdout.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="safesocial screen: %(message)s", stream=sys.stderr)
    try:
        pack = load_pack(args.policy)
    except PackError as exc:
        print(f"safesocial screen: the policy '{args.policy}' cannot be used:\n{exc}", file=sys.stderr)
        return 2
    try:
        profile = load_profile(args.profile)
    except ProfileError as exc:
        print(f"safesocial screen: the school profile cannot be used: {exc}", file=sys.stderr)
        return 2
    screener = Screener(pack, profile, offensive_model=not args.no_model)
    # The compiled roster and lexicon live for the whole run: keep them out of the garbage collector's
    # generations, or every full collection walks them and the slowest posts wait for it.
    gc.collect()
    gc.freeze()
    return run(screener, sys.stdin.buffer, sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
