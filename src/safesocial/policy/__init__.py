"""Policy packs: a school's social-media policy as data. No Django in here."""

from safesocial.policy.compare import CategoryComparison, compare_packs
from safesocial.policy.coverage import Coverage, find_seed, pack_coverage, quote_is_verbatim
from safesocial.policy.loader import (
    LoadedPack,
    PackError,
    Problem,
    bundled_pack_ids,
    content_hash,
    dump_pack_yaml,
    load_bundled,
    load_pack,
    load_pack_file,
    parse_pack,
    parse_pack_text,
)
from safesocial.policy.revisions import (
    RevisionError,
    adopt_pack,
    first_revision,
    fork_pack,
    next_revision,
    revision_label,
)
from safesocial.policy.rules import Governing, governing_clause, required_gaps, severity_rank
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
    "CategoryComparison",
    "Clause",
    "Coverage",
    "Governing",
    "LoadedPack",
    "PackError",
    "PolicyPack",
    "Problem",
    "ProductRole",
    "RevisionError",
    "Severity",
    "Strength",
    "adopt_pack",
    "bundled_pack_ids",
    "compare_packs",
    "content_hash",
    "dump_pack_yaml",
    "find_seed",
    "first_revision",
    "fork_pack",
    "governing_clause",
    "load_bundled",
    "load_pack",
    "load_pack_file",
    "next_revision",
    "pack_coverage",
    "parse_pack",
    "parse_pack_text",
    "quote_is_verbatim",
    "required_gaps",
    "revision_label",
    "severity_rank",
]
