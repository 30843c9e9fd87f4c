"""`safesocial screen` end to end: JSON lines in, decisions out in order; a malformed line gets an error
decision and the run goes on; an unusable policy or profile stops the run with a message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

CMD = [sys.executable, "-m", "safesocial", "screen"]


def run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CMD, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


def line(**post: Any) -> str:
    record = {"account": "personal", "author_role": "staff", "platform": "facebook", "audience": "public"}
    record.update(post)
    return json.dumps(record) + "\n"


def write_profile(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_when_posts_are_piped_in_then_one_decision_per_line_comes_out_in_order(
    tmp_path: Path, profile_data: dict[str, Any]
) -> None:
    stdin = (
        line(id="a", text="Lovely frosty morning for a run.")
        + "{this is not json\n"
        + line(id="c", text="Tyler Brennan was a nightmare in class today.")
        + json.dumps({"id": "d", "text": "no account given"})
        + "\n"
        + "[1, 2]\n"
        + line(
            id="f",
            text="Just add me on Snapchat: mr.doyle.77",
            audience="direct",
            action="message",
            recipient_role="pupil",
        )
    )
    proc = run(["--policy", "bwmat", "--profile", write_profile(tmp_path, profile_data), "--no-model"], stdin)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [d["id"] for d in out] == ["a", None, "c", "d", None, "f"]
    assert [d["verdict"] for d in out] == ["ok", "error", "breach", "error", "error", "breach"]
    assert "not valid JSON" in out[1]["error"]
    assert "'account'" in out[3]["error"]
    breach = out[2]
    assert {f["category"] for f in breach["findings"]} >= {"pupil-identity", "disparaging"}
    for f in breach["findings"]:
        assert f["clause"] and f["severity"] in {"advise", "breach", "escalate"}
        assert breach["actions"]
    assert {f["category"] for f in out[5]["findings"]} >= {"pupil-contact", "personal-contact-details"}


def test_when_the_profile_is_unusable_then_the_run_stops_with_a_message(
    tmp_path: Path, profile_data: dict[str, Any]
) -> None:
    profile_data["people"][0]["role"] = "headmaster-general"
    proc = run(
        ["--policy", "bwmat", "--profile", write_profile(tmp_path, profile_data)], line(id="a", text="x")
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "profile" in proc.stderr and "headmaster-general" in proc.stderr


def test_when_the_profile_file_is_not_json_then_the_run_stops(tmp_path: Path) -> None:
    bad = tmp_path / "p.json"
    bad.write_text("{ nope", encoding="utf-8")
    proc = run(["--policy", "bwmat", "--profile", str(bad)], "")
    assert proc.returncode == 2 and "not valid JSON" in proc.stderr


def test_when_the_policy_is_unknown_then_the_run_stops(tmp_path: Path, profile_data: dict[str, Any]) -> None:
    proc = run(["--policy", "no-such-pack", "--profile", write_profile(tmp_path, profile_data)], "")
    assert proc.returncode == 2 and "no-such-pack" in proc.stderr


def test_when_importing_the_screener_then_django_is_not_imported() -> None:
    code = "import sys, safesocial.screening; print(any(m.split('.')[0] == 'django' for m in sys.modules))"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert proc.stdout.strip() == "False"
