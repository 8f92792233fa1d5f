"""Bounds on what a server may send: the decoded size of an answer and the nesting depth of its JSON.

A hostile or broken server can answer with a body of any size (or a small gzip body that decodes to gigabytes), or
with JSON nested thousands of levels deep, which Python's parser and the generated models cannot read without
running out of stack. :class:`ResponseLimits` says how much is too much; the transport reads every answer (token
answers included) in chunks against it and raises :class:`ResponseTooLargeError` or :class:`MalformedResponseError`
before the generated code sees the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DEFAULT_MAX_BODY_SIZE", "DEFAULT_MAX_JSON_DEPTH", "ResponseLimits", "json_depth_exceeds"]

#: 50 MB of decoded body: far beyond any answer of the five vendors, far below what hurts a process.
DEFAULT_MAX_BODY_SIZE = 50 * 1024 * 1024
#: JSON nested deeper than this is refused; the vendors' deepest documented answers nest fewer than 10 levels.
DEFAULT_MAX_JSON_DEPTH = 128

_OPENERS = (ord("["), ord("{"))
# JSON strings (which may hold brackets) and everything that is not a bracket.
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


@dataclass(frozen=True)
class ResponseLimits:
    """How big and how deeply nested an answer may be; ``None`` turns a limit off.

    Example::

        make_client(..., limits=ResponseLimits(max_body_size=200 * 1024 * 1024))
    """

    #: Bytes of decoded body (after gzip, deflate, brotli or zstd), counted while the body is read.
    max_body_size: int | None = DEFAULT_MAX_BODY_SIZE
    #: Levels of JSON arrays and objects.
    max_json_depth: int | None = DEFAULT_MAX_JSON_DEPTH

    def __post_init__(self) -> None:
        for name in ("max_body_size", "max_json_depth"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                raise ValueError(f"{name} must be a positive int or None")


DEFAULT_LIMITS = ResponseLimits()


def json_depth_exceeds(content: bytes | str, limit: int | None) -> bool:
    """Whether the JSON text ``content`` nests arrays and objects deeper than ``limit``.

    Cheap for the usual body: a text with fewer brackets than ``limit`` cannot nest deeper, and that count runs in C.
    Otherwise brackets inside strings are dropped and the innermost pairs removed level by level (each level one
    pass in C). Text that is not JSON is not judged here: the parser refuses it.
    """
    if limit is None:
        return False
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    if data.count(_OPENERS[0]) + data.count(_OPENERS[1]) <= limit:
        return False
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    for _ in range(limit):
        if not brackets:
            return False
        inner = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if inner == brackets:
            return False  # unbalanced: not JSON, for the parser to refuse
        brackets = inner
    return bool(brackets)
