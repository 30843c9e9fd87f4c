"""Contact details in text: UK phone-number shapes, e-mail addresses, social handles, postcodes, addresses.

Phone numbers are found by shape, not validity: people paste numbers such as 07700 900123 that
libphonenumber rejects. Every pattern is bounded and linear; e-mails are found from their '@' outwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from safesocial.screening.analysis import Span, TextScan

Kind = Literal["phone", "email", "handle", "postcode", "address"]

_PHONE = re.compile(r"(?<![\w+£$€.,/])(?:\+|00)?\(?\d[\d \-().]{8,28}\d(?![\w/])")
_POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b")
_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]? [a-z][a-z'’]{1,20}(?: [a-z][a-z'’]{1,20})? "
    r"(?:road|rd|street|avenue|ave|lane|close|drive|way|crescent|terrace|gardens|place|court|grove|mews"
    r"|row|walk|hill|view|square)\b"
)
_HANDLE_AT = re.compile(r"(?<![\w.@])@[a-z0-9_][a-z0-9_.]{1,29}")
_HANDLE_TOKEN = re.compile(
    r"[:\s\-–]{0,4}(?:(?:is|it's|its|me|on|at|@)\s?){0,3}@?([a-z0-9_][a-z0-9_.]{2,29})"
)
_SPELT_EMAIL = re.compile(
    r"[a-z0-9_-]{1,30}(?: dot [a-z0-9_-]{1,30}){0,3} (?:at|\(at\)|\[at\]) [a-z0-9-]{1,30}"
    r"(?: dot |\.)(?:com|co dot uk|co\.uk|net|org|uk)\b"
)
# Quick tests that every match of a pattern above must pass: a post that fails one cannot hold that kind of
# item, so the slower pattern (which no fast scan can start) is not run over it.
_PHONE_HINT = re.compile(r"\d[\d \-().]{8,28}\d")  # what every phone-number shape contains
_POSTCODE_HINT = re.compile(r"\d[a-z]{2}")  # a digit and two letters, as in every postcode's inward code
_ADDRESS_NUMBER_HINT = re.compile(r"\d[a-z]? [a-z]")  # a house number before a word, as every address has
_ADDRESS_HINT = re.compile(
    r" (?:road|rd|street|avenue|ave|lane|close|drive|way|crescent|terrace|gardens|place|court|grove|mews"
    r"|row|walk|hill|view|square)\b"
)  # the street word every address ends with
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
MAX_ITEMS = 50
MAX_AT_SIGNS = 1000  # adversarial input: look no further than this many "@"


@dataclass(frozen=True, slots=True)
class ContactItem:
    kind: Kind
    span: Span
    value: str
    institutional: bool = False  # a school or public-body address, handle or domain


def _uk_phone(raw: str) -> bool:
    digits = "".join(c for c in raw if c.isdigit())
    if digits.startswith("0044"):
        digits = "0" + digits[4:]
    elif digits.startswith("44") and raw.lstrip().startswith(("+", "(+")):
        digits = "0" + digits[2:]
    return len(digits) in (10, 11) and digits[0] == "0" and digits[1] in "1235789"


def find_contacts(scan: TextScan) -> list[ContactItem]:
    """Contact items in the scanned text (worked out once per text and kept on the scan)."""
    cached = scan._contacts
    if cached is None:
        cached = scan._contacts = _find(scan)
    return cached


_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


def _addresses(low: str, first: int) -> Iterator[re.Match[str]]:
    """`_ADDRESS.finditer(low)`, trying only where a match can start: an address starts with a house number
    after a word boundary, so at the start of a run of digits."""
    last = 0
    for run in _DIGITS.finditer(low, first):
        p = run.start()
        if p < last:
            continue
        m = _ADDRESS.match(low, p)
        if m is not None:
            last = m.end()
            yield m


def _find(scan: TextScan) -> list[ContactItem]:
    low, text = scan.lower, scan.text
    prof = scan.profile
    items: list[ContactItem] = []
    digit = _DIGIT.search(low)
    if digit:
        first = digit.start()  # the patterns below all start at or after a digit: none can match before it
        for m in _PHONE.finditer(low) if _PHONE_HINT.search(low, first) else ():
            if _uk_phone(m.group()):
                items.append(ContactItem("phone", m.span(), m.group()))
                if len(items) >= MAX_ITEMS:
                    break
        for m in _POSTCODE.finditer(low) if _POSTCODE_HINT.search(low, first) else ():
            s, e = m.span()
            if text[s:e] == text[s:e].upper():
                items.append(ContactItem("postcode", (s, e), m.group()))
        if _ADDRESS_NUMBER_HINT.search(low, first) and _ADDRESS_HINT.search(low):
            for m in _addresses(low, first):
                s, e = m.span()
                words = text[s:e].split()
                if len(words) >= 3 and all(w[:1].isupper() for w in words[1:]):
                    items.append(ContactItem("address", (s, e), m.group()))
    if "@" in low:
        pos = low.find("@")
        tries = 0
        while pos != -1 and len(items) < MAX_ITEMS and tries < MAX_AT_SIGNS:
            tries += 1
            i = pos
            while i > 0 and pos - i < 64 and low[i - 1] in _LOCAL_CHARS:
                i -= 1
            j = pos + 1
            while j < len(low) and j - pos < 255 and low[j] in _DOMAIN_CHARS:
                j += 1
            local, domain = low[i:pos], low[pos + 1 : j].rstrip(".-")
            if local and "." in domain and domain.rsplit(".", 1)[1].isalpha():
                end = pos + 1 + len(domain)
                items.append(
                    ContactItem("email", (i, end), low[i:end], prof.is_institutional_email_domain(domain))
                )
            pos = low.find("@", max(j, pos + 1))
        for m in _HANDLE_AT.finditer(low):
            if len(items) >= MAX_ITEMS:
                break
            handle = m.group().rstrip(".")
            s = m.start()
            if any(it.kind == "email" and it.span[0] <= s < it.span[1] for it in items):
                continue
            items.append(ContactItem("handle", (s, s + len(handle)), handle, prof.is_school_handle(handle)))
    if " dot " in low and (" at " in low or "(at)" in low or "[at]" in low):
        for m in _SPELT_EMAIL.finditer(low):
            items.append(ContactItem("email", m.span(), m.group()))
    # "add me on Snapchat: owen.t.88", "my insta is jess_k12"
    for _, e in scan.spans("platform"):
        hm = _HANDLE_TOKEN.match(low, e, min(len(low), e + 48))
        if hm:
            token = hm.group(1).rstrip(".")
            # "my Snap is keynasmissk": named as the account, a plain token is a handle too
            named = (":" in hm.group(0) or " is " in f" {hm.group(0)} ") and not prof.is_plain_word(token)
            if (named or any(ch.isdigit() or ch in "._" for ch in token)) and not token.isdigit():
                hs = hm.start(1)
                items.append(
                    ContactItem("handle", (hs, hs + len(token)), token, prof.is_school_handle(token))
                )
    return items[:MAX_ITEMS]
