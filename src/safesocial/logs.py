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
