"""Evidence is checked by content, fingerprinted on receipt, and can never be changed or deleted."""

from __future__ import annotations

import hashlib
import io
import zlib

import pytest
from PIL import Image
from tests.cases.conftest import png_bytes, report_post

from safesocial.cases.evidence import MAX_IMAGE_PIXELS, EvidenceRejected, check_evidence, safe_label
from safesocial.cases.models import Evidence, ImmutableError

LIMIT = 2 * 1024 * 1024


def _image(fmt: str, size: tuple[int, int] = (20, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "red").save(buffer, fmt)
    return buffer.getvalue()


def _pdf(body: bytes = b"") -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + body
        + b"xref\n0 3\ntrailer << /Root 1 0 R >>\n"
        b"startxref\n9\n%%EOF\n"
    )


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (_image("PNG"), "image/png"),
        (_image("JPEG"), "image/jpeg"),
        (_image("GIF"), "image/gif"),
        (_image("WEBP"), "image/webp"),
        (_pdf(), "application/pdf"),
    ],
)
def test_when_a_picture_or_pdf_is_uploaded_then_it_is_accepted_with_its_fingerprint(data, media_type):
    checked = check_evidence(data, max_bytes=LIMIT)
    assert checked.media_type == media_type
    assert checked.sha256 == hashlib.sha256(data).hexdigest() and checked.size == len(data)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"MZ\x90\x00 this is a program", "neither"),
        (b"<html><script>alert(1)</script></html>", "neither"),
        (b"PK\x03\x04 a zip archive", "neither"),
        (_image("PNG") + b"PK\x03\x04hidden archive", "hidden after the picture"),
        (_image("JPEG") + b"<script>alert(1)</script>", "hidden after the picture"),
        (_image("PNG")[:-20], "incomplete"),
        (_pdf(b"4 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n"), "scripts"),
        (_pdf(b"5 0 obj << /Type /EmbeddedFile >> endobj\n"), "attached files"),
        (_pdf()[:-40], "incomplete or damaged"),
    ],
)
def test_when_a_file_is_not_a_clean_picture_or_pdf_then_it_is_refused_with_a_reason(data, reason):
    with pytest.raises(EvidenceRejected, match=reason):
        check_evidence(data, max_bytes=LIMIT)


def test_when_a_file_is_over_the_limit_then_it_is_refused_naming_the_limit():
    with pytest.raises(EvidenceRejected, match="limit is 2 MB"):
        check_evidence(_image("PNG") + b"\x00" * LIMIT, max_bytes=LIMIT)


def _png_claiming(pixels: int) -> bytes:
    """A valid PNG header claiming a canvas of about `pixels`: tiny on disk, enormous in memory."""
    side = int(pixels**0.5)
    raw = zlib.compress(b"\x00" * 64)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")

    ihdr = side.to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def test_when_an_image_claims_more_pixels_than_a_screenshot_then_it_is_refused_as_a_bomb():
    with pytest.raises(EvidenceRejected, match="larger in pixels"):
        check_evidence(_png_claiming(MAX_IMAGE_PIXELS * 3), max_bytes=LIMIT)


def test_when_another_upload_resets_the_imaging_library_limit_meanwhile_then_the_limit_still_holds(
    monkeypatch,
):
    """The pixel limit must not live in the imaging library's process-wide setting, which another request's
    thread can change (or put back) while this file is being checked."""
    real_open = Image.open

    def open_while_another_thread_restores_the_default(*args, **kwargs):
        Image.MAX_IMAGE_PIXELS = 89_478_485  # the library's own default, well above the product's limit
        return real_open(*args, **kwargs)

    monkeypatch.setattr(Image, "open", open_while_another_thread_restores_the_default)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", Image.MAX_IMAGE_PIXELS)
    with pytest.raises(EvidenceRejected, match="larger in pixels"):
        check_evidence(_png_claiming(MAX_IMAGE_PIXELS * 3 // 2), max_bytes=LIMIT)


def test_when_a_text_file_is_named_like_a_picture_then_the_name_does_not_help():
    with pytest.raises(EvidenceRejected):
        check_evidence(b"just some text, named screenshot.png", max_bytes=LIMIT)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\shot 1.png", "shot 1.png"),
        ('a"<b>.png', "ab.png"),
        ("", "evidence"),
    ],
)
def test_when_a_file_name_is_given_then_it_is_kept_only_as_a_safe_label(name, label):
    assert safe_label(name) == label


def test_when_evidence_is_stored_then_its_file_matches_the_fingerprint_and_it_cannot_be_changed(world):
    case = report_post(world, files=2)
    rows = list(Evidence.objects.filter(case=case))
    assert len(rows) == 2
    for row in rows:
        with row.file.open("rb") as fh:
            assert (
                hashlib.sha256(fh.read()).hexdigest() == row.sha256 == hashlib.sha256(png_bytes()).hexdigest()
            )
        assert "screenshot" not in row.file.name  # the reporter's name for the file is only a label
    row = rows[0]
    row.label = "something else"
    with pytest.raises(ImmutableError):
        row.save()
    with pytest.raises(ImmutableError):
        row.delete()
    with pytest.raises(ImmutableError):
        case.report.delete()
    with pytest.raises(ImmutableError):
        case.delete()


def test_when_a_stored_file_is_changed_on_disk_then_the_files_check_names_it(world):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    case = report_post(world, files=2)
    call_command("cases_verify_files")
    evidence = Evidence.objects.filter(case=case).first()
    with open(evidence.file.path, "ab") as fh:
        fh.write(b"tampered")
    with pytest.raises(CommandError, match="1 of 2 stored files"):
        call_command("cases_verify_files")
