"""A failure nobody caught is logged by type and place, never with the text that may quote a child's data."""

from __future__ import annotations

import io
import logging

from safesocial.logs import WithoutExceptionText


def test_when_an_uncaught_error_is_logged_then_its_text_is_left_out():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(WithoutExceptionText())
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    pupil = {"name": "Ffion Hughes", "year": "Year 5"}  # data, as a view would hold it
    try:
        raise ValueError(f"{pupil['name']}, {pupil['year']}, no-publish")
    except ValueError:
        logger.error("Internal Server Error: %s", "/cases/x/", exc_info=True)
    out = stream.getvalue()
    assert "Internal Server Error: /cases/x/: ValueError" in out
    assert "test_log_redaction.py" in out
    assert "Ffion" not in out
