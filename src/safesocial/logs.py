"""Logging a failure without the data it was handling.

An exception's own text can quote what the code was working on: a report, a pupil's name, an e-mail address.
Logs leave the product (to a terminal, a log service, a support ticket), so a failure is logged by where it
happened and the exception's type, never its text.
"""

from __future__ import annotations

import logging
import sys
import traceback


def log_failure(logger: logging.Logger, message: str, *args: object) -> None:
    """Log the exception being handled as an error: `message % args`, the exception's type, and the frames it
    passed through (file, line and code; no values). Call it from an `except` block."""
    exc_type, _exc, tb = sys.exc_info()
    name = exc_type.__name__ if exc_type is not None else "no exception"
    frames = "".join(traceback.format_tb(tb)).rstrip()
    logger.error(message + ": %s\n%s", *args, name, frames)


class WithoutExceptionText(logging.Filter):
    """A handler filter for failures nobody caught (Django's `django.request` 500s, the worker's task
    errors): the record keeps the exception's type and frames, and loses its text and the values in it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, _exc, tb = record.exc_info
            frames = "".join(traceback.format_tb(tb)).rstrip()
            record.msg = f"{record.getMessage()}: {exc_type.__name__}\n{frames}"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True
