"""Policy packs: a school's social-media policy as data. No Django in here."""

from safesocial.policy.loader import (
    LoadedPack,
    PackError,
    Problem,
    bundled_pack_ids,
    content_hash,
    load_bundled,
    load_pack,
    load_pack_file,
    parse_pack,
    parse_pack_text,
)
from safesocial.policy.rules import Governing, governing_clause, severity_rank
from safesocial.policy.schema import (
    CATEGORIES,
    ESCALATING_CATEGORIES,
    Clause,
    PolicyPack,
    ProductRole,
    Severity,
    Strength,
)

__all__ = [
    "CATEGORIES",
    "ESCALATING_CATEGORIES",
    "Clause",
    "Governing",
    "LoadedPack",
    "PackError",
    "PolicyPack",
    "Problem",
    "ProductRole",
    "Severity",
    "Strength",
    "bundled_pack_ids",
    "content_hash",
    "governing_clause",
    "load_bundled",
    "load_pack",
    "load_pack_file",
    "parse_pack",
    "parse_pack_text",
    "severity_rank",
]
