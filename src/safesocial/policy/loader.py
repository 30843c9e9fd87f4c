"""Load, validate and hash policy packs.

Errors name the file, the clause and the field (and the line, when the pack came from text), so a school
administrator who edited a pack can find and fix the problem without reading Python.
"""

from __future__ import annotations

import hashlib
import json
import re
import types
import typing
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from safesocial.policy.schema import Loc, PolicyPack, ReferenceProblem, did_you_mean

MAX_PACK_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    file: str
    clause: str | None
    field: str
    message: str
    line: int | None = None  # 1-based, where the pack came from YAML text
    column: int | None = None

    def __str__(self) -> str:
        if self.column is not None:  # the YAML itself is broken: the place is all there is to say
            return f"{self.file}: line {self.line}, column {self.column}: {self.message}"
        where = f"clause {self.clause}, " if self.clause else ""
        at = f" (line {self.line})" if self.line is not None else ""
        return f"{self.file}: {where}field '{self.field}': {self.message}{at}"


class PackError(ValueError):
    """A pack that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class LoadedPack:
    pack: PolicyPack
    content_hash: str  # sha256 of the canonical JSON form; identifies a revision
    source: str  # file path or "bundled:<id>"

    @property
    def id(self) -> str:
        return self.pack.id

    @property
    def revision_label(self) -> str:
        """Stable label for the revision a decision was made under, e.g. ``bwmat@r3:1a2b3c4d5e6f``."""
        return f"{self.pack.id}@r{self.pack.revision}:{self.content_hash[:12]}"


def _packs_dir() -> Path:
    return Path(str(resources.files("safesocial.policy") / "packs"))


def bundled_pack_ids() -> list[str]:
    return sorted(p.stem for p in _packs_dir().glob("*.yaml"))


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def content_hash(pack: PolicyPack) -> str:
    """sha256 of what the pack says. Fields left at their default do not count, so giving the format a new
    optional field does not change the hash of any existing revision; YAML comments and layout never count."""
    return hashlib.sha256(
        canonical_json(pack.model_dump(mode="json", exclude_defaults=True)).encode()
    ).hexdigest()


# --- YAML -------------------------------------------------------------------------------------------------


class _PackYamlLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice (YAML would silently keep the last) and aliases (which can
    make a small file expand to an enormous document)."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None,
                None,
                "anchors and aliases (&name, *name) are not allowed in a pack; write the value out in full",
                event.start_mark,
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, str | int | float | bool) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"'{key}' is given twice in the same block; keep one and delete the other",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read_yaml(text: str, *, source: str) -> tuple[Any, yaml.Node | None]:
    loader = _PackYamlLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        if mark is None:
            raise PackError([Problem(source, None, "(YAML)", f"this is not valid YAML: {problem}")]) from None
        line, column = mark.line + 1, mark.column + 1
        message = f"this is not valid YAML: {problem}{_yaml_hint(str(problem))}"
        raise PackError([Problem(source, None, "(YAML)", message, line, column)]) from None
    finally:
        loader.dispose()
    return data, node


def _yaml_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return " (a value containing ': ' needs quotes, or use '>-' and put the text on the next lines)"
    if "could not find expected ':'" in problem or "expected <block end>" in problem:
        return " (check the indentation: items of one block start in the same column)"
    if "found character '\\t'" in problem:
        return " (use spaces, not tabs, to indent)"
    return ""


def _node_at(node: yaml.Node | None, loc: Loc) -> yaml.Node | None:
    """The YAML node at a validation location (or the block holding it), to say which line it is on."""
    for step in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            values = [v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == step]
            if not values:  # a missing field: point at the block it is missing from
                return node
            node = values[0]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            return node
    return node


# --- validation messages ----------------------------------------------------------------------------------

# What a missing field is for, so the message says what to write.
_MISSING_HINTS = {
    "quote": "copy the policy's exact words for this clause here (join separate fragments with ' ... ')",
    "id": "give it an id: the policy's own number such as 4.3.1, or a short slug such as no-pupil-contact",
    "strength": "say how strongly the policy puts it: must, must-not, should, should-not, advised, may, info",
    "binds": "list who it binds, e.g. [staff, governors]",
    "topic": "give a short heading to group it under, e.g. Contact with pupils",
    "category": "name the screening category this rule is about",
    "severity": "say how serious it is: advise, breach or escalate",
}
# What the values of a field are called, for "'x' is not an allowed <noun>".
_NOUNS = {
    "strength": "strength",
    "severity": "severity",
    "binds": "party",
    "acknowledgement_binds": "party",
    "applies_to": "context",
    "authors": "author role",
    "accounts": "account type",
    "languages": "language",
    "kind": "organisation kind",
    "country": "country",
    "purpose": "letter purpose",
    "runners_need": "requirement",
    "format": "format version",
}
_QUOTED = re.compile(r"'([^']*)'")
_CLAUSE_ID_RULE = (
    "use letters, digits, dots and hyphens only, starting with a letter or digit, at most 40 characters "
    "(e.g. 4.3.1 or no-pupil-contact)"
)
_PACK_ID_RULE = "use 2 to 61 lower-case letters, digits and hyphens (e.g. ysgol-llanbedrog)"


def _field_path(loc: Loc, data: Any) -> tuple[str | None, str]:
    """Turn a pydantic location into (clause id, readable field path inside the clause or pack)."""
    clause: str | None = None
    steps = list(loc)
    if len(steps) >= 2 and steps[0] == "clauses" and isinstance(steps[1], int):
        index = steps[1]
        clauses = data.get("clauses") if isinstance(data, dict) else None
        node = clauses[index] if isinstance(clauses, list) and index < len(clauses) else None
        cid = node.get("id") if isinstance(node, dict) else None
        clause = str(cid) if cid not in (None, "") else f"#{index + 1}"
        steps = steps[2:]
    path = ""
    for step in steps:
        path += f"[{step + 1}]" if isinstance(step, int) else (f".{step}" if path else step)
    return clause, path or ("(whole clause)" if clause else "(whole pack)")


def _last_name(loc: Loc) -> str:
    return next((str(step) for step in reversed(loc) if isinstance(step, str)), "")


def _model_at(loc: Loc) -> type[BaseModel] | None:
    """The schema model whose fields are allowed at a location, e.g. Clause at ('clauses', 3)."""
    model: type[BaseModel] = PolicyPack
    for step in loc:
        if isinstance(step, int):
            continue
        field = model.model_fields.get(step)
        if field is None:
            return None
        inner = _model_in(field.annotation)
        if inner is None:
            return None
        model = inner
    return model


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) in (list, typing.Union):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _message(err: ErrorDetails) -> str:
    kind, loc, given = err["type"], tuple(err["loc"]), err.get("input")
    name = _last_name(loc)
    ctx = err.get("ctx") or {}
    if kind == "missing":
        hint = _MISSING_HINTS.get(name)
        return f"is required but missing: {hint}" if hint else "is required but missing"
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = list(model.model_fields) if model else []
        listing = f"; the fields allowed here are: {', '.join(allowed)}" if allowed else ""
        return f"is not a pack field{did_you_mean(name, allowed)}; check its spelling or remove it{listing}"
    if kind in ("enum", "literal_error"):
        allowed = _QUOTED.findall(str(ctx.get("expected", "")))
        noun = _NOUNS.get(name, "value")
        suggestion = did_you_mean(str(given), allowed)
        return f"'{given}' is not an allowed {noun}{suggestion}; use one of: {', '.join(allowed)}"
    if kind == "string_type" and isinstance(given, int | float) and not isinstance(given, bool):
        return (
            f'was read as the number {given}; put it in quotes ("{given}"), as YAML turns 4.10 into 4.1 '
            "and drops leading zeros"
        )
    if kind == "string_pattern_mismatch":
        rule = _PACK_ID_RULE if loc == ("id",) else _CLAUSE_ID_RULE
        return f"'{given}' is not a usable id: {rule}"
    if kind in ("date_parsing", "date_type", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return f"'{given}' is not a date; write it as YYYY-MM-DD (e.g. 2025-09-01), or null if there is none"
    if kind == "list_type":
        return "should be a list: write it as [a, b] or put each item on its own line starting with '- '"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "should be a block of 'field: value' lines"
    if kind == "too_short" and isinstance(given, list | str):
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long; use at most {ctx.get('max_length')} characters"
    return err["msg"].removeprefix("Value error, ").replace("Input should be", "should be")


def _problems(exc: ValidationError, data: Any, *, source: str, root: yaml.Node | None) -> list[Problem]:
    located: list[tuple[Loc, str | None, str, str]] = []
    for err in exc.errors():
        if err["type"] == "pack_references":
            refs: list[ReferenceProblem] = (err.get("ctx") or {}).get("problems", [])
            for ref in refs:
                located.append((ref.loc, *_field_path(ref.loc, data), ref.message))
            continue
        loc = tuple(err["loc"])
        clause, field = _field_path(loc, data)
        located.append((loc, clause, field, _message(err)))
    problems = []
    for loc, clause, field, message in located:
        node = _node_at(root, loc) if root is not None else None
        line = node.start_mark.line + 1 if node is not None else None
        problems.append(Problem(source, clause, field, message, line))
    return problems


def parse_pack(data: Any, *, source: str) -> LoadedPack:
    """Validate already-parsed YAML/JSON data as a pack."""
    return _validate(data, source=source, root=None)


def _validate(data: Any, *, source: str, root: yaml.Node | None) -> LoadedPack:
    if not isinstance(data, dict):
        got = "empty" if data is None else f"a {type(data).__name__}"
        raise PackError(
            [
                Problem(
                    source,
                    None,
                    "(whole pack)",
                    f"the file must be a YAML mapping of fields (this one is {got})",
                )
            ]
        )
    try:
        pack = PolicyPack.model_validate(data)
    except ValidationError as exc:
        raise PackError(_problems(exc, data, source=source, root=root)) from None
    return LoadedPack(pack=pack, content_hash=content_hash(pack), source=source)


def parse_pack_text(text: str, *, source: str) -> LoadedPack:
    size = len(text.encode("utf-8"))
    if size > MAX_PACK_BYTES:
        raise PackError([_too_large(source, size)])
    data, root = _read_yaml(text, source=source)
    return _validate(data, source=source, root=root)


def _too_large(source: str, size: int) -> Problem:
    return Problem(
        source,
        None,
        "(whole pack)",
        f"the file is {size / 1024 / 1024:.1f} MB; a pack may be at most {MAX_PACK_BYTES // 1024 // 1024} MB",
    )


def load_pack_file(path: str | Path) -> LoadedPack:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_PACK_BYTES:  # refuse before reading it into memory
            raise PackError([_too_large(str(p), size)])
        text = p.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise PackError([Problem(str(p), None, "(file)", "no such file")]) from None
    except IsADirectoryError:
        raise PackError([Problem(str(p), None, "(file)", "this is a folder, not a pack file")]) from None
    except UnicodeDecodeError:
        raise PackError(
            [Problem(str(p), None, "(file)", "the file is not UTF-8 text; save it as UTF-8")]
        ) from None
    return parse_pack_text(text, source=str(p))


@cache
def load_bundled(pack_id: str) -> LoadedPack:
    if pack_id not in bundled_pack_ids():
        known = ", ".join(bundled_pack_ids())
        raise PackError([Problem(pack_id, None, "(id)", f"no bundled pack has this id; bundled: {known}")])
    path = _packs_dir() / f"{pack_id}.yaml"
    loaded = load_pack_file(path)
    return LoadedPack(pack=loaded.pack, content_hash=loaded.content_hash, source=f"bundled:{pack_id}")


def load_pack(id_or_path: str) -> LoadedPack:
    """A bundled pack by id, or a pack file by path."""
    if id_or_path in bundled_pack_ids():
        return load_bundled(id_or_path)
    if id_or_path.endswith((".yaml", ".yml", ".json")) or "/" in id_or_path or Path(id_or_path).is_file():
        return load_pack_file(id_or_path)
    return load_bundled(id_or_path)


def dump_pack_yaml(pack: PolicyPack) -> str:
    """The pack as YAML, identity first, fields at their default left out; it loads back to an equal pack."""
    head: dict[str, Any] = {"format": pack.format, "id": pack.id, "revision": pack.revision}
    if pack.derived_from is not None:
        head["derived_from"] = pack.derived_from
    body = {k: v for k, v in pack.model_dump(mode="json", exclude_defaults=True).items() if k not in head}
    return yaml.safe_dump({**head, **body}, sort_keys=False, allow_unicode=True, width=110)
