"""Classes of everyday words (`concepts.LAZY`), read only when a frame or a check asks for them.

Words such as "him", "pictures", "party" or "drove" matter only beside a rarer idea, so they are kept out of
the main automaton that every post goes through. Each class has its own small automaton instead; the first
time something asks for a class in a post, that automaton reads the post once and the spans are kept on the
post's analysis.
"""

from __future__ import annotations

from typing import Final

import ahocorasick

from safesocial.screening.analysis import Context, Span
from safesocial.screening.concepts import CONCEPTS, LAZY


def _lazy_automaton(tag: str) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase in CONCEPTS[tag]:
        key = phrase.lower().replace("\u2019", "'")
        automaton.add_word(key, (len(key), key[0].isalnum(), key[-1].isalnum()))
    automaton.make_automaton()
    return automaton


# One small automaton a class: a frame pays only for the everyday words it asks about.
_LAZY_AUTOMATA: Final = {tag: _lazy_automaton(tag) for tag in sorted(LAZY)}
_LAZY_MAX_CHARS = 20_000
_LAZY_MAX_SPANS = 50


def lazy_spans(ctx: Context, tag: str) -> list[Span]:
    """Where a class of everyday words (`concepts.LAZY`) occurs in the post: one pass of that class's small
    automaton, made the first time something asks and kept on the post's analysis."""
    found: dict[str, list[Span]] | None = ctx.memo.get("_f_lazy")
    if found is None:
        found = ctx.memo["_f_lazy"] = {}
    spans = found.get(tag)
    if spans is None:
        spans = found[tag] = []
        low = ctx.lower[:_LAZY_MAX_CHARS]
        n = len(low)
        for end_idx, (length, left, right) in _LAZY_AUTOMATA[tag].iter(low):
            start, end = end_idx - length + 1, end_idx + 1
            if left and start > 0 and low[start - 1].isalnum():
                continue
            if right and end < n and low[end].isalnum():
                continue
            spans.append((start, end))
            if len(spans) >= _LAZY_MAX_SPANS:
                break
        spans.sort()
    return spans


def concept_spans(ctx: Context, *tags: str) -> list[Span]:
    """Spans of any of `tags`, whether the main scan or the lazy one holds them."""
    out: list[Span] = []
    for tag in tags:
        out.extend(lazy_spans(ctx, tag) if tag in LAZY else ctx.spans(tag))
    if len(tags) > 1:
        out.sort()
    return out
