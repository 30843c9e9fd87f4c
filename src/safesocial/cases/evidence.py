"""Checking an uploaded file before it becomes evidence.

Only images (PNG, JPEG, GIF, WebP) and PDF documents are accepted, judged by their content, never by the name
or the type the browser claims. Images are fully decoded with Pillow under a pixel limit (decompression bombs
are refused) and must end where their format says they end (data smuggled after the image, as in polyglot
files, is refused). PDFs must start with a PDF header, carry a cross-reference and end-of-file marker, and
contain no scripts, launch actions or embedded files. Every refusal says why, in words a reporter understands.
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
from dataclasses import dataclass

from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

# 40 megapixels is well beyond any phone screenshot; a decompression bomb is far larger.
MAX_IMAGE_PIXELS = 40_000_000
PDF_TAIL_BYTES = 2048
# Names of PDF features that run code or carry other files. Bounded: literal alternatives, no repetition.
PDF_ACTIVE = re.compile(
    rb"/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|SubmitForm|ImportData)(?![A-Za-z])"
)
# Markers of other formats that have no business inside an image (HTML, scripts, archives, PDF).
FOREIGN_MARKERS = (b"<script", b"<html", b"<svg", b"<?php", b"%PDF-", b"<!doctype")

IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}


class EvidenceRejected(ValueError):
    """The file cannot be accepted; the message says why."""


@dataclass(frozen=True)
class CheckedFile:
    data: bytes
    media_type: str
    sha256: str
    size: int


def _sniff(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WEBP"
    if data.startswith(b"%PDF-"):
        return "PDF"
    return None


def _image_end(kind: str, data: bytes) -> int:
    """Where the image's own data ends, by its format's structure."""
    if kind == "PNG":
        pos = 8
        while pos + 8 <= len(data):
            length = int.from_bytes(data[pos : pos + 4], "big")
            chunk = data[pos + 4 : pos + 8]
            pos += 12 + length
            if chunk == b"IEND":
                return pos
        raise EvidenceRejected(_("The PNG image is incomplete."))
    if kind == "JPEG":
        end = data.rfind(b"\xff\xd9")
        if end < 0:
            raise EvidenceRejected(_("The JPEG image is incomplete."))
        return end + 2
    if kind == "GIF":
        if not data.rstrip(b"\x00").endswith(b"\x3b"):
            raise EvidenceRejected(_("The GIF image is incomplete."))
        return len(data.rstrip(b"\x00"))
    if kind == "WEBP":
        riff_size = int.from_bytes(data[4:8], "little")
        return 8 + riff_size + (riff_size & 1)
    raise AssertionError(kind)


def _check_image(kind: str, data: bytes) -> None:
    end = _image_end(kind, data)
    trailing = data[end:]
    if trailing.strip(b"\x00"):
        raise EvidenceRejected(
            _(
                "The image has other data hidden after the picture, so it cannot be accepted. Take a fresh "
                "screenshot."
            )
        )
    head = data[:end].lower()
    if any(marker.lower() in head for marker in FOREIGN_MARKERS):
        raise EvidenceRejected(
            _("The image also contains a web page, script or document, so it cannot be accepted.")
        )
    too_large = _("The image is far larger in pixels than a screenshot, so it cannot be accepted.")
    # The size is checked here, from the header, before anything is decoded. Pillow's own limit
    # (Image.MAX_IMAGE_PIXELS) is a process-wide setting another request's thread could change meanwhile, so
    # it is left at its default and only catches what is larger still.
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format != kind:
                raise EvidenceRejected(_("The file does not match the kind of image it claims to be."))
            width, height = probe.size
            if width * height > MAX_IMAGE_PIXELS:
                raise EvidenceRejected(too_large)
            probe.verify()
        with Image.open(io.BytesIO(data)) as img:
            img.load()
    except EvidenceRejected:
        raise  # a ValueError itself: not to be mistaken for a damaged file below
    except Image.DecompressionBombError:
        raise EvidenceRejected(too_large) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error, EOFError):
        raise EvidenceRejected(_("The image is damaged and cannot be opened.")) from None


def _check_pdf(data: bytes) -> None:
    tail = data[-PDF_TAIL_BYTES:]
    if b"%%EOF" not in tail or b"startxref" not in tail:
        raise EvidenceRejected(_("The PDF document is incomplete or damaged."))
    if not re.match(rb"%PDF-[12]\.[0-9]", data[:9]):
        raise EvidenceRejected(_("The PDF document has an unknown version."))
    if PDF_ACTIVE.search(data):
        raise EvidenceRejected(
            _(
                "The PDF contains scripts, actions or attached files, so it cannot be accepted. Print it to "
                "a new PDF."
            )
        )
    if any(marker in data[:1024].lower() for marker in (b"<html", b"<script", b"pk\x03\x04")):
        raise EvidenceRejected(_("The PDF also contains a web page or archive, so it cannot be accepted."))


def check_evidence(data: bytes, *, max_bytes: int) -> CheckedFile:
    """Accept an image or PDF by content, or raise EvidenceRejected with the reason."""
    size = len(data)
    if size == 0:
        raise EvidenceRejected(_("The file is empty."))
    if size > max_bytes:
        raise EvidenceRejected(
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": f"{size / 1_048_576:.1f}", "limit": f"{max_bytes / 1_048_576:.0f}"}
        )
    kind = _sniff(data)
    if kind is None:
        raise EvidenceRejected(
            _("Only pictures (PNG, JPEG, GIF, WebP) and PDF documents can be uploaded; this file is neither.")
        )
    if kind == "PDF":
        _check_pdf(data)
        media_type = "application/pdf"
    else:
        _check_image(kind, data)
        media_type = IMAGE_TYPES[kind]
    return CheckedFile(data=data, media_type=media_type, sha256=hashlib.sha256(data).hexdigest(), size=size)


def safe_label(name: str) -> str:
    """The reporter's file name, kept only as a label: no path, no control characters, bounded length."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '"<>|:*?').strip(" .")
    return cleaned[:150] or "evidence"
