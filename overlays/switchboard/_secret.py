"""Credentials held as objects whose ``repr`` shows none of them: what an error tracker or ``pytest --showlocals``
prints of a frame's local variables.

:class:`Secret` is a ``str`` (it goes into headers, bodies and comparisons unchanged) whose ``repr`` is ``'***'``;
containers that hold one (a dict, an attrs model, a dataclass) print it masked too. :class:`SecretURL` is an
``httpx.URL`` for a request that carries a credential in its query string (Kandy's ``key``): its text and ``repr``
show the credential parameters as ``***``, while the request line on the wire (built from its raw parts) is intact.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from ._redact import MASK, is_secret_name

__all__ = ["Secret", "SecretURL", "secret"]


class Secret(str):
    """A credential: a ``str`` in every use, ``'***'`` in its ``repr``.

    Example::

        password = Secret("hunter2")
        repr({"password": password})  # "{'password': '***'}"
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(MASK)


def secret(value: Any) -> Any:
    """``value`` as a :class:`Secret` when it is a non-empty ``str``; anything else unchanged."""
    if isinstance(value, str) and value and not isinstance(value, Secret):
        return Secret(value)
    return value


class SecretURL(httpx.URL):
    """An ``httpx.URL`` whose ``str`` and ``repr`` show credential query parameters as ``***``.

    httpx sends a request from the URL's raw parts (``raw_path`` holds the real query), so only what is printed
    changes; copies (``copy_with``, ``join``) are plain ``httpx.URL`` objects again.
    """

    def __str__(self) -> str:
        # The text split as text: httpx's cookie jar prints every response's request URL, and a URL that httpx parses
        # again costs more than the rest of a call's checks.
        text = super().__str__()
        parts = urlsplit(text)
        if not parts.query:
            return text
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        cleaned = urlencode([(k, MASK if is_secret_name(k) else v) for k, v in pairs], safe="*")
        return urlunsplit(parts._replace(query=cleaned))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"
