"""Load, validate and hash policy packs.

Errors name the file, the clause and the field, so a school administrator who edited a pack can find and fix
the problem without reading Python.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from safesocial.policy.schema import PolicyPack

MAX_PACK_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    file: str
    clause: str | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"clause {self.clause}, " if self.clause else ""
        return f"{self.file}: {where}field '{self.field}': {self.message}"


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
        return f"{self.pack.id}@r{self.pack.revision}:{self.content_hash[:12]}"


def _packs_dir() -> Path:
    return Path(str(resources.files("safesocial.policy") / "packs"))


def bundled_pack_ids() -> list[str]:
    return sorted(p.stem for p in _packs_dir().glob("*.yaml"))


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def content_hash(pack: PolicyPack) -> str:
    return hashlib.sha256(canonical_json(pack.model_dump(mode="json")).encode("utf-8")).hexdigest()


def _field_path(loc: tuple[int | str, ...], data: Any) -> tuple[str | None, str]:
    """Turn a pydantic location into (clause id, readable field path)."""
    clause: str | None = None
    parts: list[str] = []
    node = data
    for i, step in enumerate(loc):
        if isinstance(step, int):
            if (
                i == 1
                and loc[0] == "clauses"
                and isinstance(node, list)
                and step < len(node)
                and isinstance(node[step], dict)
            ):
                clause = str(node[step].get("id") or f"#{step + 1}")
            else:
                parts.append(f"[{step + 1}]")
        else:
            if i == 0 or not (i == 2 and loc[0] == "clauses" and clause is not None):
                parts.append(("." if parts else "") + step)
            else:
                parts.append(step)
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            node = None
    path = "".join(parts).replace(".[", "[")
    if clause is not None:
        path = path.removeprefix("clauses")
    return clause, path or "(whole pack)"


def _plain(msg: str) -> str:
    return msg.removeprefix("Value error, ").replace("Input should be", "should be")


def parse_pack(data: Any, *, source: str) -> LoadedPack:
    """Validate already-parsed YAML/JSON data as a pack."""
    if not isinstance(data, dict):
        raise PackError([Problem(source, None, "(whole pack)", "the file must be a YAML mapping of fields")])
    try:
        pack = PolicyPack.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            clause, field = _field_path(tuple(err["loc"]), data)
            message = _plain(err["msg"])
            if err["type"] == "extra_forbidden":
                message = "is not a pack field; check its spelling or remove it"
            elif err["type"] == "missing":
                message = "is required but missing"
            problems.append(Problem(source, clause, field, message))
        raise PackError(problems) from None
    return LoadedPack(pack=pack, content_hash=content_hash(pack), source=source)


def parse_pack_text(text: str, *, source: str) -> LoadedPack:
    if len(text.encode("utf-8")) > MAX_PACK_BYTES:
        raise PackError([Problem(source, None, "(whole pack)", "the file is larger than 2 MB")])
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else "(unknown place)"
        problem = getattr(exc, "problem", None) or str(exc)
        raise PackError([Problem(source, None, where, f"this is not valid YAML: {problem}")]) from None
    return parse_pack(data, source=source)


def load_pack_file(path: str | Path) -> LoadedPack:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError([Problem(str(p), None, "(file)", "no such file")]) from None
    except UnicodeDecodeError:
        raise PackError([Problem(str(p), None, "(file)", "the file is not UTF-8 text")]) from None
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
    if id_or_path.endswith((".yaml", ".yml", ".json")) or "/" in id_or_path:
        return load_pack_file(id_or_path)
    return load_bundled(id_or_path)


def dump_pack_yaml(pack: PolicyPack) -> str:
    return yaml.safe_dump(pack.model_dump(mode="json", exclude_defaults=False), sort_keys=False, allow_unicode=True, width=100)
