"""The ``switchboard`` logger: one DEBUG line per request sent and per retry, credentials redacted; silent at INFO.

Turn it on like any stdlib logger::

    logging.getLogger("switchboard").setLevel(logging.DEBUG)
"""

from __future__ import annotations

import logging

import httpx

from ._redact import mask, redact_url

logger = logging.getLogger("switchboard")


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
