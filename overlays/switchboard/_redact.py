"""Masking of credentials by value: in error text, in logs, in URLs.

Every auth object that holds secrets registers itself with :func:`track`; :func:`mask` replaces every secret any live
tracked object reports (its ``secrets()``) with ``***``. Masking by value catches a password wherever it ends up (a
validator quoting a body, a vendor echoing a request, a URL), not only under a field name that looks secret.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections.abc import Iterable
from typing import Protocol
from urllib.parse import parse_qsl, urlencode

import httpx

MASK = "***"
#: Longest text an error quotes from user input.
MAX_QUOTE = 300
#: Query parameters whose values are never shown (Kandy puts its keys in the query).
_SECRET_NAME = re.compile(r"secret|password|passwd|token|key|authorization|cookie|passcode|signature", re.IGNORECASE)
# Values shorter than this are not masked: masking "1" everywhere would garble text and protect nothing.
_MIN_SECRET = 4


class HasSecrets(Protocol):
    def secrets(self) -> list[str]: ...


_sources: weakref.WeakSet[HasSecrets] = weakref.WeakSet()
# Sources that cannot be weakly referenced (``__slots__`` without ``__weakref__``) are kept for good.
_kept: list[HasSecrets] = []
_lock = threading.Lock()


def track(source: HasSecrets) -> None:
    """Mask whatever ``source.secrets()`` returns, for as long as ``source`` lives."""
    with _lock:
        try:
            _sources.add(source)
        except TypeError:
            if not any(kept is source for kept in _kept):
                _kept.append(source)


def is_secret_name(name: str) -> bool:
    """Whether a field or parameter called ``name`` holds a credential."""
    return bool(_SECRET_NAME.search(name))


def _secrets(extra: Iterable[str] = ()) -> list[str]:
    with _lock:
        sources = [*_sources, *_kept]
    values: set[str] = {v for v in extra if isinstance(v, str) and len(v) >= _MIN_SECRET}
    for source in sources:
        try:
            found = source.secrets()
        except Exception:  # noqa: S112 (a broken source must not hide the error being reported)
            continue
        values.update(v for v in found if isinstance(v, str) and len(v) >= _MIN_SECRET)
    forms: set[str] = set()
    for value in values:
        forms.add(value)
        forms.add(json.dumps(value)[1:-1])  # as a validator or JSON body quotes it
        forms.add(urlencode({"": value})[1:])  # as a query string carries it
    # Longest first: a secret that contains another is masked whole.
    return sorted(forms, key=len, reverse=True)


class Masker:
    """Every tracked secret (and every value of ``extra``), in each form a text may carry it, gathered once: one
    masker serves all the texts of one error or one request (gathering walks every live auth's secrets)."""

    def __init__(self, extra: Iterable[str] = ()) -> None:
        self._forms = _secrets(extra)

    def __call__(self, text: str) -> str:
        """``text`` with every secret replaced by ``***``."""
        for secret in self._forms:
            if secret in text:
                text = text.replace(secret, MASK)
        return text


def mask(text: str, extra: Iterable[str] = ()) -> str:
    """``text`` with every tracked secret (and every value of ``extra``) replaced by ``***``."""
    return Masker(extra)(text)


def shorten(text: str, limit: int = MAX_QUOTE) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters)"


def redact_url(url: httpx.URL | str, masker: Masker | None = None) -> str:
    """``url`` with user info and the values of credential-like query parameters replaced, then masked by value."""
    parsed = httpx.URL(url) if isinstance(url, str) else url
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    query = parsed.query.decode("ascii", "replace")
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        cleaned = urlencode([(k, MASK if is_secret_name(k) else v) for k, v in pairs], safe="*")
        parsed = parsed.copy_with(query=cleaned.encode("ascii"))
    return (masker or Masker())(str(parsed))


#: Headers that carry credentials whatever their value (the vendors' auth headers among them).
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "x-access-token", "api-key", "client-id"}
)
# Request extensions that hold a body as built (with its passwords): not copied into a redacted request.
_BODY_EXTENSIONS = ("switchboard.json",)


def _is_credential_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in CREDENTIAL_HEADERS or is_secret_name(lowered)


def redact_request(request: httpx.Request, masker: Masker | None = None) -> httpx.Request:
    """``request`` itself when it shows no credential; otherwise a copy whose URL, headers and body show none.

    Credential headers (by name: :data:`CREDENTIAL_HEADERS` and secret-looking names) and credential query
    parameters become ``***``; every other header value, and the body when it was read, are masked by value.
    """
    masker = masker or Masker()
    query = request.url.query
    secret_query = bool(query) and any(is_secret_name(k) for k, _ in parse_qsl(query.decode("ascii", "replace")))
    secret_header = any(_is_credential_header(name.decode("latin-1")) for name, _ in request.headers.raw)
    try:
        text: str | None = request.content.decode("utf-8", "replace") if request.content else None
    except httpx.RequestNotRead:
        text = None
    masked = None if text is None else masker(text)
    if not secret_query and not secret_header and not request.url.userinfo and masked == text:
        return request
    headers = [
        (name, MASK if _is_credential_header(name) else masker(value)) for name, value in request.headers.multi_items()
    ]
    content = None if masked is None else masked.encode("utf-8")
    extensions = {k: v for k, v in request.extensions.items() if k not in _BODY_EXTENSIONS}
    redacted = httpx.Request(request.method, redact_url(request.url, masker), headers=headers, extensions=extensions)
    if content is not None:
        redacted._content = content  # as read, without a new Content-Length
    return redacted
