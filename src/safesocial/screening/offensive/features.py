"""Word features for the fast stage, shared by training and run time.

Training imports these functions so that the weight table is learned on exactly the features the product
computes. Everything here is plain Python: a post of a few hundred characters costs a regex pass and a few
dozen dictionary look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

# A word is a run of letters or digits (any script); any other visible character (punctuation, an emoji) is a
# token of its own. No nested quantifiers: each match is linear in its length.
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
# "soooo" and "!!!!!" carry the same signal as "soo" and "!!": collapse runs of three or more.
_REPEAT = re.compile(r"(.)\1{2,}")
# The training data replaces every user mention by "@USER"; a run of them says nothing more than one.
_MENTIONS = re.compile(r"(?:@USER\s*){2,}")


def encoder_text(text: str) -> str:
    """The text as the encoder was trained to see it."""
    return _MENTIONS.sub("@USER ", text)


def tokens(text: str) -> list[str]:
    """Lower-cased word and symbol tokens of ``text``."""
    return _TOKEN.findall(_REPEAT.sub(r"\1\1", text.lower()))


def token_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the tokens of ``text`` (for windowing long inputs)."""
    for match in _TOKEN.finditer(text):
        yield match.start(), match.end()


def features(toks: list[str]) -> set[str]:
    """Unigrams and bigrams of a token list, as a set (the fast stage uses binary features)."""
    feats = set(toks)
    feats.update([a + " " + b for a, b in pairwise(toks)])
    return feats


def text_features(text: str) -> set[str]:
    """Features of a whole text; the training analyser."""
    return features(tokens(text))
