"""Sending a case's stored files: evidence and letters, for the case pages and the API alike.

A file is always an attachment, never shown in the browser: an uploaded file is evidence from outside the
school and must not run as a page, and nothing about a case is kept by a browser or a proxy.
"""

from __future__ import annotations

from typing import Any

from django.http import FileResponse

from safesocial.cases.models import Case, Evidence, Letter

LETTER_FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def attachment(field: Any, filename: str, media_type: str) -> FileResponse:
    response = FileResponse(field.open("rb"), as_attachment=True, filename=filename, content_type=media_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def evidence_file(case: Case, evidence: Evidence) -> FileResponse:
    return attachment(evidence.file, f"{case.reference}-{evidence.pk}-{evidence.label}", evidence.media_type)


def letter_file(case: Case, letter: Letter, fmt: str) -> FileResponse:
    """`fmt` is one of LETTER_FORMATS (the caller answers 404 for anything else)."""
    field = letter.pdf if fmt == "pdf" else letter.docx
    name = f"{case.reference}-{letter.template_id}-{letter.language}.{fmt}"
    return attachment(field, name, LETTER_FORMATS[fmt])
