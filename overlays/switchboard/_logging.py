"""The ``switchboard`` logger: one DEBUG line per request sent and per retry, credentials redacted; silent at INFO.

Turn it on like any stdlib logger::

    logging.getLogger("switchboard").setLevel(logging.DEBUG)
"""

from __future__ import annotations

import logging

import httpx

from ._redact import mask, redact_url

logger = logging.getLogger("switchboard")


class RedactingFilter(logging.Filter):
    """Rewrites the arguments of another library's log records: URLs redacted, tracked secrets masked.

    httpx logs every request at INFO with its whole URL (``HTTP Request: GET https://...?key=...``); a vendor that
    puts credentials in the query string (Kandy) would have them in the log. The filter changes nothing else.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(self._clean(arg) for arg in record.args)
        elif isinstance(record.msg, str):
            record.msg = mask(record.msg)
        return True

    @staticmethod
    def _clean(arg: object) -> object:
        if isinstance(arg, httpx.URL):
            return redact_url(arg)
        if isinstance(arg, str):
            return mask(arg)
        return arg


_redacting = RedactingFilter()


def redact_library_logs() -> None:
    """Put :class:`RedactingFilter` on the ``httpx`` logger (once)."""
    httpx_logger = logging.getLogger("httpx")
    if _redacting not in httpx_logger.filters:
        httpx_logger.addFilter(_redacting)


def log_attempt(request: httpx.Request, outcome: int | str, elapsed: float, attempt: int) -> None:
    """One request sent: ``outcome`` is the status, or the name of the failure."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            request.method,
            redact_url(request.url),
            outcome,
            elapsed * 1000,
            attempt,
        )


def log_retry(request: httpx.Request, reason: str, delay: float, retry: int, budget: int) -> None:
    """A retry about to happen after ``delay`` seconds."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "retrying %s %s in %.3f s (retry %d of %d): %s",
            request.method,
            redact_url(request.url),
            delay,
            retry,
            budget,
            mask(reason),
        )
