"""`safesocial policy ...`: list, read, export, check and compare policy packs. No Django.

Every ID may be a bundled pack id (`bwmat`) or a path to a pack file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from safesocial.policy.compare import compare_packs, comparison_json, short_quote
from safesocial.policy.coverage import find_seed, normalise, pack_coverage
from safesocial.policy.loader import (
    LoadedPack,
    PackError,
    bundled_pack_ids,
    dump_pack_yaml,
    load_bundled,
    load_pack,
    load_pack_file,
)
from safesocial.policy.revisions import fork_pack, next_revision
from safesocial.policy.rules import required_gaps
from safesocial.policy.schema import Clause, PolicyPack

WIDTH = 100
LONDON = ZoneInfo("Europe/London")
ACCEPTANCE_COVERAGE = 0.90


def _out(text: str = "", stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stdout)


_ROLE_LABELS = {
    "staff": "staff",
    "line_manager": "line manager",
    "head_teacher": "Head Teacher",
    "deputy_head": "Deputy Head",
    "dsl": "DSL",
    "slt": "SLT",
    "school_admin": "school administrator",
    "ict_manager": "ICT manager",
    "governor": "governor",
    "chair_of_governors": "Chair of Governors",
    "trust_central": "trust central team",
}


def _wrap(text: str, indent: str, first: str | None = None) -> str:
    start = indent if first is None else first
    return textwrap.fill(normalise(text), WIDTH, initial_indent=start, subsequent_indent=indent)


def _bullet(text: str, indent: str = "  ") -> str:
    return _wrap(text, indent + "  ", first=indent + "- ")


def _joined(values: Sequence[object]) -> str:
    return ", ".join(str(v) for v in values) or "-"


def _roles(values: Sequence[str]) -> str:
    return _joined([_ROLE_LABELS.get(str(v), str(v)) for v in values])


# --- list --------------------------------------------------------------------------------------------------


def _today() -> dt.date:
    return dt.datetime.now(LONDON).date()


def _review(pack: PolicyPack) -> str:
    due = pack.metadata.review_due()
    if due is None:
        return "-"
    computed = "" if pack.metadata.next_review else "*"
    return f"{due.isoformat()}{computed}{' (overdue)' if due < _today() else ''}"


def cmd_list(args: argparse.Namespace) -> int:
    packs = [load_bundled(pid) for pid in bundled_pack_ids()]
    if args.json:
        _out(json.dumps([_summary(lp) for lp in packs], indent=2, ensure_ascii=False))
        return 0
    rows = [("ID", "ORGANISATION", "REV", "HASH", "CLAUSES", "NEXT REVIEW")]
    for lp in packs:
        name, clauses = lp.pack.metadata.organisation.name, str(len(lp.pack.clauses))
        rows.append((lp.id, name, str(lp.pack.revision), lp.content_hash[:12], clauses, _review(lp.pack)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        _out("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    if any(not lp.pack.metadata.next_review and lp.pack.metadata.review_due() for lp in packs):
        _out("* worked out from the last review (or adoption) and the review cycle; the policy gives no date")
    return 0


def _summary(lp: LoadedPack) -> dict[str, Any]:
    due = lp.pack.metadata.review_due()
    return {
        "id": lp.id,
        "organisation": lp.pack.metadata.organisation.name,
        "revision": lp.pack.revision,
        "content_hash": lp.content_hash,
        "revision_label": lp.revision_label,
        "clauses": len(lp.pack.clauses),
        "next_review": due.isoformat() if due else None,
    }


# --- show --------------------------------------------------------------------------------------------------


def _show_clause(clause: Clause) -> None:
    places = f" · {_joined([c.value for c in clause.applies_to])}" if clause.applies_to else ""
    _out(
        f"  {clause.id}  [{clause.strength.value}]  binds {_joined([p.value for p in clause.binds])}{places}"
    )
    _out(_wrap(f'"{clause.quote}"', "      "))
    if clause.summary:
        _out(_wrap(f"In short: {clause.summary}", "      "))
    for rule in clause.screening:
        who = f"{_joined(rule.authors)} on {_joined(rule.accounts)} accounts"
        _out(f"      Screening: {rule.category} -> {rule.severity.value} ({who})")
    for action in clause.actions:
        _out(_bullet(action, "      "))
    if clause.do_instead:
        _out(_wrap(f"Instead: {clause.do_instead}", "      "))
    _out()


def cmd_show(args: argparse.Namespace) -> int:
    lp = load_pack(args.id)
    pack, meta = lp.pack, lp.pack.metadata
    org = meta.organisation
    _out(f"{meta.title} - {org.name} ({org.kind}{', ' + org.local_authority if org.local_authority else ''})")
    _out(f"{lp.revision_label}  languages {_joined(meta.languages)}  source {meta.source}")
    dates = [f"adopted {meta.adopted or '-'}", f"last reviewed {meta.last_reviewed or '-'}"]
    _out(f"{'; '.join(dates)}; next review {_review(pack)}; every {meta.review_cycle_months} months")
    _out(f"Document owner: {meta.document_owner}")
    if meta.dates_note:
        _out(_wrap(meta.dates_note, "  "))
    if pack.derived_from:
        _out(f"Derived from {pack.derived_from}")
    if pack.roles:
        _out(
            _wrap(
                "Roles: " + "; ".join(f"{r.policy_name} = {_roles(r.maps_to)}" for r in pack.roles), "  ", ""
            )
        )
    topics: dict[str, list[Clause]] = {}
    for clause in pack.clauses:
        topics.setdefault(clause.topic, []).append(clause)
    for topic, clauses in topics.items():
        _out(f"\n== {topic} ==\n")
        for clause in clauses:
            _show_clause(clause)
    _show_processes(pack)
    return 0


def _show_processes(pack: PolicyPack) -> None:
    proc = pack.processes
    _out("== Processes ==")
    if proc.reporting_routes:
        _out("\nReporting routes:")
    for route in proc.reporting_routes:
        _out(_bullet(f"{route.concern} -> {_roles(route.report_to)}"))
        extra = []
        if route.when_subject:
            extra.append(f"if they are the subject: {_roles(route.when_subject)}")
        if route.external:
            extra.append(f"outside the school: {_joined(route.external)}")
        if route.evidence:
            extra.append(f"evidence: {_joined(route.evidence)}")
        if route.clauses:
            extra.append(f"clauses {_joined(route.clauses)}")
        if extra:
            _out(_wrap("; ".join(extra), "    "))
    if proc.account_creation:
        case = proc.account_creation
        _out("\nNew school accounts:")
        _out(_wrap(f"business case covering: {'; '.join(case.required_fields)}", "  "))
        _out(
            f"  at least {case.min_named_staff} named staff; approved by {_roles(case.approver)}; "
            f"created by {_roles(case.creator)}"
        )
    protocol = proc.inappropriate_post_protocol
    if protocol:
        _out(f"\nProtocol: {protocol.title}")
        _out(
            f"  deletion deadline {protocol.deletion_deadline_hours} hours; "
            f"if the Head Teacher is the subject: {_roles(protocol.head_is_subject)}"
        )
        for n, step in enumerate(protocol.steps, 1):
            _out(f"  {n}. {step.title} ({_roles(step.actor)})")
            if step.when:
                _out(_wrap(f"when: {step.when}", "       "))
            if step.requires:
                _out(_wrap(f"record: {'; '.join(step.requires)}", "       "))
            if step.letters:
                _out(f"       letters: {_joined(step.letters)}")
        for letter in protocol.letters:
            _out(_wrap(f"Letter {letter.id} ({letter.purpose}): {letter.title}", "  "))
    if proc.escalations:
        _out("\nEscalations:")
    for esc in proc.escalations:
        outside = f"; outside the school: {_joined(esc.external)}" if esc.external else ""
        _out(_bullet(f"{esc.concern} -> {_roles(esc.route)}{outside}"))
    cycles = proc.cycles
    _out("\nCycles:")
    facts = [
        f"review every {cycles.review_cycle_months} months by {_roles(cycles.review_owner)}",
        f"acknowledged by {_joined([p.value for p in cycles.acknowledgement_binds])}",
        f"induction {'yes' if cycles.induction else 'no'}",
        f"declarations of relationships with pupils {'yes' if cycles.declarations else 'no'}",
    ]
    _out(_wrap("; ".join(facts), "  "))


# --- export, fork ------------------------------------------------------------------------------------------


def export_json(lp: LoadedPack) -> dict[str, Any]:
    data: dict[str, Any] = lp.pack.model_dump(mode="json")
    data["content_hash"] = lp.content_hash
    data["revision_label"] = lp.revision_label
    return data


def cmd_export(args: argparse.Namespace) -> int:
    lp = load_pack(args.id)
    if args.json:
        _out(json.dumps(export_json(lp), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(dump_pack_yaml(lp.pack))
    return 0


def cmd_fork(args: argparse.Namespace) -> int:
    text = fork_pack(load_pack(args.id), new_id=args.new_id)
    if args.output:
        target = Path(args.output)
        if target.exists():
            _out(f"{target}: already exists; choose another file name", sys.stderr)
            return 1
        target.write_text(text, encoding="utf-8")
        _out(f"Wrote {target}. Edit it, then run: safesocial policy validate {target}")
    else:
        sys.stdout.write(text)
    return 0


# --- validate ----------------------------------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace) -> int:
    try:
        if args.previous:
            text = Path(args.file).read_text(encoding="utf-8-sig")
            lp = next_revision(load_pack(args.previous), text, source=args.file)
        else:
            lp = load_pack_file(args.file)
    except PackError as exc:
        for problem in exc.problems:
            _out(str(problem))
        count = len(exc.problems)
        _out(f"{count} problem{'s' if count != 1 else ''}; the pack was not accepted.")
        return 1
    except OSError as exc:
        _out(f"{args.file}: cannot read the file: {exc.strerror}")
        return 1
    counts = f"revision {lp.pack.revision}, {len(lp.pack.clauses)} clauses"
    _out(f"OK: {lp.id} {counts}, hash {lp.content_hash[:12]}")
    for note in required_gaps(lp.pack):
        _out(f"warning: {note}")
    return 0


# --- coverage ----------------------------------------------------------------------------------------------


def cmd_coverage(args: argparse.Namespace) -> int:
    lp = load_pack(args.id)
    seed = Path(args.seed) if args.seed else find_seed(lp.pack, args.seeds)
    if seed is None or not seed.is_file():
        where = args.seed or args.seeds
        _out(
            f"{where}: no policy text for {lp.id} (looked for {lp.pack.metadata.source}); "
            "name the folder of policy texts with --seeds DIR, or the text itself with --seed FILE",
            sys.stderr,
        )
        return 2
    report = pack_coverage(lp.pack, seed.read_text(encoding="utf-8"))
    _out(
        f"{lp.id}: coverage {report.fraction:.3f} ({len(report.covered)} of {len(report.normative)} "
        f"normative sentences) against {seed.name}"
    )
    if report.uncovered:
        _out("\nNot captured by any clause:")
        for sentence in report.uncovered:
            _out(_bullet(sentence))
    bad_quotes = report.not_verbatim + [f"letter {lid}" for lid in report.letters_not_verbatim]
    if bad_quotes:
        _out("\nQuotes not found word for word in the policy:")
        for cid in report.not_verbatim:
            _out(_bullet(f"clause {cid}: {short_quote(lp.pack.clause(cid).quote)}"))
        for lid in report.letters_not_verbatim:
            _out(f"  - letter {lid}")
    else:
        _out("All quotes are word for word from the policy.")
    return 0 if report.fraction >= args.min and not bad_quotes else 1


# --- compare -----------------------------------------------------------------------------------------------


def cmd_compare(args: argparse.Namespace) -> int:
    a, b = load_pack(args.a), load_pack(args.b)
    if args.json:
        _out(json.dumps(comparison_json(a, b), indent=2, ensure_ascii=False))
        return 0
    _out(f"Comparing {a.revision_label} with {b.revision_label}")
    for row in compare_packs(a, b):
        _out(f"\n{row.category}: {row.summary}")
        for side in (row.a, row.b):
            if not side.rulings:
                _out(f"  {side.pack}: silent")
            for ruling in side.rulings:
                who = f"{_joined(ruling.authors)} ({_joined(ruling.accounts)})"
                _out(f"  {side.pack} {ruling.clause} [{ruling.strength}]: {ruling.severity} for {who}")
                _out(_wrap(f'"{ruling.quote}"', "      "))
    return 0


# --- entry point -------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safesocial policy",
        description="Read, check and compare policy packs. ID is a bundled pack id or a pack file.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("list", help="bundled packs with their revision and next review date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)

    p = sub.add_parser("show", help="a pack, readable, grouped by topic")
    p.add_argument("id", metavar="ID")
    p.set_defaults(run=cmd_show)

    p = sub.add_parser("export", help="a whole pack as JSON (or YAML)")
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "--json", action="store_true", help="JSON with content_hash and revision_label (default YAML)"
    )
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("fork", help="a copy of a pack to edit, as the next revision or under a new id")
    p.add_argument("id", metavar="ID")
    p.add_argument("--new-id", help="start a pack of your own with this id (revision 1)")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.set_defaults(run=cmd_fork)

    p = sub.add_parser("validate", help="check a pack file and list every problem")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--previous", metavar="ID", help="also check FILE is a proper next revision of this pack")
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser("coverage", help="how much of the policy text the pack captures")
    p.add_argument("id", metavar="ID")
    p.add_argument("--seeds", default=".", metavar="DIR", help="folder of policy texts (default: .)")
    p.add_argument("--seed", metavar="FILE", help="the policy text itself, instead of looking in --seeds")
    p.add_argument("--min", type=float, default=ACCEPTANCE_COVERAGE, help="fail below this (default 0.90)")
    p.set_defaults(run=cmd_coverage)

    p = sub.add_parser("compare", help="what two policies say, category by category")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_compare)
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except PackError as exc:
        _out(str(exc), sys.stderr)
        return 1
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error, and nothing more to say
        sys.stdout = open(os.devnull, "w")  # so that the flush at exit does not fail again
        return 0
