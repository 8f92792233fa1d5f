"""The hooks a switchboard client gives the generated code: every call's arguments checked, its failures typed.

switchboard's templates make each generated ``sync_detailed``/``asyncio_detailed`` hand its call to the hooks of
the client when it has some (``Client.hooks``, set by ``make_client``). :class:`SwitchboardHooks` checks the Python
arguments before a request is built: bad input would otherwise fail in the generated code with ``TypeError``,
``AttributeError``, ``UnicodeEncodeError``, ``ValueError`` or ``httpx.InvalidURL``, or worse be sent (a path value
``..`` that httpx resolves into another operation, an object turned into its ``str``). Every refusal is a
:class:`RequestValidationError` naming the field.

The request also carries the operation id and the JSON body as built (request extensions), so the validating
transport neither matches the route nor parses the body again. On the way back, whatever the generated parser trips
on (an error body a model cannot read, a status the spec does not document) is raised as a switchboard error too
(see :class:`_Reader`). A generated client without hooks runs the generated code as it is.
"""

from __future__ import annotations

import importlib
import inspect
import json
import math
import re
import threading
import types
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from ._errors import RequestValidationError, ResponseValidationError
from ._paging import apages, pages
from ._responses import JSON_BODY_EXTENSION
from ._transport import JSON_EXTENSION, OPERATION_EXTENSION
from .spec import Spec, Violation

#: Longest URL (path and query, encoded) a request may have. RFC 9110 asks servers to take at least 8000 octets.
MAX_URL_LENGTH = 8000

Check = Callable[[Any], bool]
# Exactly how httpx encodes ``json=``: the bytes on the wire are the same as without the hooks. One encoder for all
# calls (``json.dumps`` with options makes one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
# Below this rough length (see _encodable) no URL can reach MAX_URL_LENGTH once encoded.
_ROUGH_URL_LIMIT = MAX_URL_LENGTH // 3


class SwitchboardHooks:
    """The ``Hooks`` of every switchboard client of one vendor (see the generated ``client.py``).

    Checks an operation's arguments, builds its request with the generated ``_get_kwargs``, sends it with the
    client's httpx client (whose auth and transport are switchboard's) and parses the answer with the generated
    ``_build_response``, every failure a switchboard error. What it learns of an operation (its signature and
    annotations) is kept, per operation, on first use.
    """

    def __init__(self, vendor: str) -> None:
        self.vendor = vendor
        self.spec = Spec.load(vendor)
        unexpected = getattr(importlib.import_module(f"{vendor}_client.errors"), "UnexpectedStatus", None)
        self._unexpected: type[Exception] | None = unexpected if isinstance(unexpected, type) else None
        self._operations: dict[str, tuple[_Preparer, _Reader]] = {}
        self._lock = threading.Lock()

    def _operation(
        self, operation_id: str, get_kwargs: Callable[..., dict[str, Any]], build_response: Callable[..., Any]
    ) -> tuple[_Preparer, _Reader]:
        found = self._operations.get(operation_id)
        if found is None:
            if operation_id not in self.spec.by_id:
                raise LookupError(f"{self.vendor}: no operation {operation_id!r} in the spec (regenerate the client)")
            with self._lock:
                found = self._operations.setdefault(
                    operation_id,
                    (
                        _Preparer(get_kwargs, self.spec, operation_id),
                        _Reader(build_response, self._unexpected, self.spec, operation_id),
                    ),
                )
        return found

    def sync(
        self,
        operation_id: str,
        client: Any,
        arguments: dict[str, Any],
        get_kwargs: Callable[..., dict[str, Any]],
        build_response: Callable[..., Any],
    ) -> Any:
        """Check, send and parse one call (``sync_detailed``)."""
        prepare, read = self._operation(operation_id, get_kwargs, build_response)
        response = client.get_httpx_client().request(**prepare(arguments))
        return read(client=client, response=response)

    async def asyncio(
        self,
        operation_id: str,
        client: Any,
        arguments: dict[str, Any],
        get_kwargs: Callable[..., dict[str, Any]],
        build_response: Callable[..., Any],
    ) -> Any:
        """Check, send and parse one call (``asyncio_detailed``)."""
        prepare, read = self._operation(operation_id, get_kwargs, build_response)
        response = await client.get_async_httpx_client().request(**prepare(arguments))
        return read(client=client, response=response)

    def json(self, response: httpx.Response) -> Any:
        """The body for the generated parser: taken as the validating transport parsed it, else parsed here."""
        if JSON_BODY_EXTENSION in response.extensions:
            return response.extensions.pop(JSON_BODY_EXTENSION)
        return response.json()

    def pages(self, operation_id: str, client: Any, arguments: dict[str, Any], size: int | None) -> Iterator[Any]:
        """Every item of a paged operation (a resource's ``iter_*``): :func:`switchboard._paging.pages`."""
        return pages(client, operation_id, size=size, **arguments)

    def apages(self, operation_id: str, client: Any, arguments: dict[str, Any], size: int | None) -> AsyncIterator[Any]:
        """:meth:`pages`, awaited (``client.aio.<tag>.iter_*``): :func:`switchboard._paging.apages`."""
        return apages(client, operation_id, size=size, **arguments)


_hooks: dict[str, SwitchboardHooks] = {}
_hooks_lock = threading.Lock()


def hooks_for(vendor: str) -> SwitchboardHooks:
    """The one :class:`SwitchboardHooks` of ``vendor`` in this process."""
    with _hooks_lock:
        found = _hooks.get(vendor)
        if found is None:
            found = _hooks[vendor] = SwitchboardHooks(vendor)
        return found


def _python_name(name: str) -> str:
    """The name the generator gives a parameter's argument (snake case)."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"\W+", "_", name).strip("_").lower()


class _Preparer:
    """Checks the arguments of one operation and builds its request keyword arguments."""

    def __init__(self, get_kwargs: Callable[..., dict[str, Any]], spec: Spec, operation_id: str) -> None:
        self.get_kwargs = get_kwargs
        self.operation_id = operation_id
        hints = typing.get_type_hints(get_kwargs)  # the generated annotations resolve (mypy --strict reads them)
        spec_names = {_python_name(p.name): (p.name, p.location) for p in spec.by_id[operation_id].parameters}
        # name -> (name on the wire, location, type check, is a path parameter)
        self.checks: dict[str, tuple[str, str, Check, bool]] = {}
        self.path_names: list[str] = []
        for name, parameter in inspect.signature(get_kwargs).parameters.items():
            wire_name, location = spec_names.get(name, (name, "argument"))
            if name == "body":
                wire_name, location = "", "body"
            is_path = parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            if is_path:
                self.path_names.append(name)
            self.checks[name] = (wire_name, location, _accepts(hints.get(name, Any)), is_path)

    def _refuse(self, rule: str, detail: str) -> RequestValidationError:
        return RequestValidationError(self.operation_id, [Violation("argument", "", rule, detail)])

    def __call__(self, arguments: dict[str, Any]) -> dict[str, Any]:
        found: list[Violation] = []
        checks = self.checks
        for name, value in arguments.items():
            wire_name, location, accepts, is_path = checks[name]
            if not accepts(value):
                detail = f"a value of type {type(value).__name__} is not accepted here"
                found.append(Violation(location, wire_name, "type", detail))
            elif is_path and not (  # the common case first: ASCII text that is a path segment as it is
                type(value) is str and value.isascii() and "/" not in value and value not in _DOT_SEGMENTS
            ):
                problem = _path_problem(value)
                if problem:
                    found.append(Violation("path", wire_name, "pathSegment", problem))
        if found:
            raise RequestValidationError(self.operation_id, found)
        try:
            request_kwargs = self.get_kwargs(**arguments)
        except Exception as exc:  # whatever the generated code trips on is the caller's input
            raise self._refuse("python", f"the arguments cannot be encoded ({type(exc).__name__})") from None
        headers = request_kwargs.get("headers")
        if (
            "params" in request_kwargs
            or "data" in request_kwargs
            or (headers and not all(type(value) is str and value.isascii() for value in headers.values()))
        ):
            found, rough = _encodable(request_kwargs)
            if found:
                raise RequestValidationError(self.operation_id, found)
        else:  # a path (quoted by the generated code) and ASCII headers only: nothing else to check
            rough = len(request_kwargs.get("url", ""))
        if rough > _ROUGH_URL_LIMIT:
            paths = {checks[name][0]: str(arguments[name]) for name in self.path_names}
            found = _url_too_long(request_kwargs, paths)
            if found:
                raise RequestValidationError(self.operation_id, found)
        extensions: dict[str, Any] = {OPERATION_EXTENSION: self.operation_id}
        if "json" in request_kwargs:
            body = request_kwargs.pop("json")
            # Encoded here as httpx would, so that a value JSON cannot carry is named, not raised from httpx.
            try:
                request_kwargs["content"] = _encode(body).encode("utf-8")
            except (TypeError, ValueError, UnicodeError, RecursionError):
                found = []
                _walk(body, [], found)
                raise RequestValidationError(
                    self.operation_id, found or [Violation("body", "", "type", "the body cannot be encoded as JSON")]
                ) from None
            headers = request_kwargs.setdefault("headers", {})
            if "Content-Type" not in headers and not any(key.lower() == "content-type" for key in headers):
                headers["Content-Type"] = "application/json"
            extensions[JSON_EXTENSION] = body
        request_kwargs["extensions"] = extensions
        return request_kwargs


class _Reader:
    """The generated ``_build_response`` of one operation, whose failures are switchboard errors.

    The validating transport checks every success body before the generated parser sees it, and the vendor's error
    mapper (``switchboard._httpx.CallRules``) raises the typed error of every error answer first. What is left reaches
    here: a body the generated parser still cannot read, or a status the spec does not document. The first raises
    :class:`ResponseValidationError` naming the field when the spec tells which, the second the :class:`APIError` of
    the status; neither quotes the body.
    """

    def __init__(
        self, build: Callable[..., Any], unexpected: type[Exception] | None, spec: Spec, operation_id: str
    ) -> None:
        self.build = build
        self.unexpected = unexpected
        self.spec = spec
        self.operation_id = operation_id

    def __call__(self, *, client: Any, response: Any) -> Any:
        try:
            return self.build(client=client, response=response)
        except Exception as exc:
            error = self._error(exc, response)
        raise error  # outside the except block: nothing chained, the generated exceptions quote the body

    def _error(self, exc: Exception, response: Any) -> Exception:
        from ._errors import error_class_for
        from ._responses import reader_for

        status = response.status_code
        request = response.request
        if self.unexpected is not None and isinstance(exc, self.unexpected):
            return error_class_for(status)(
                f"{request.method} {request.url.path} answered HTTP {status}, a status the spec does not document for"
                f" {self.operation_id}",
                request=request,
                response=response,
            )
        operation = self.spec.by_id.get(self.operation_id)
        found = (
            reader_for(self.spec).explain(operation, status, response.headers, response.content) if operation else []
        )
        if not found:
            detail = f"HTTP {status}: the generated parser cannot read the body ({type(exc).__name__})"
            found = [Violation("body", "", "schema", detail)]
        return ResponseValidationError(self.operation_id, found, request=request, response=response)


# Path values that would change the shape of the path.
_DOT_SEGMENTS = ("", ".", "..")


def _path_problem(value: Any) -> str | None:
    text = str(value)
    if text in ("", ".", ".."):
        return f"{text!r} would change the path of the request" if text else "an empty value would change the path"
    if "/" in text:
        return "a '/' would change the path of the request"
    if not _utf8(text):
        return "the value is not valid Unicode (a lone surrogate)"
    return None


def _utf8(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _encodable(request_kwargs: dict[str, Any]) -> tuple[list[Violation], int]:
    """Every value httpx would fail to encode or send as something else than given; and about how long the URL is."""
    found: list[Violation] = []
    length = len(request_kwargs.get("url", ""))
    params = request_kwargs.get("params")
    if params:
        for name, value in params.items():
            for item in value if type(value) is list else (value,):
                kind = type(item)
                if kind is str and item.isascii():
                    length += len(name) + len(item) + 2
                    continue
                if kind is int:
                    length += len(name) + 22
                    continue
                problem = _scalar_problem(item)
                if problem:
                    found.append(Violation("query", name, problem[0], problem[1]))
                else:
                    # A character takes up to 4 bytes in UTF-8 (12 once percent-encoded): counted as 4 here, so that
                    # the rough length times 3 still bounds the encoded length.
                    length += len(name) + 4 * len(str(item)) + 2
    if isinstance(request_kwargs.get("data"), dict):
        _walk(request_kwargs["data"], [], found)
    for name, value in (request_kwargs.get("headers") or {}).items():
        if not isinstance(value, str) or not value.isascii():
            found.append(Violation("header", name, "type", "a header value must be ASCII text"))
    return found, length


def _url_too_long(request_kwargs: dict[str, Any], path_values: dict[str, str]) -> list[Violation]:
    import httpx

    params = request_kwargs.get("params") or {}
    try:
        url = httpx.URL(request_kwargs.get("url", ""), params=params)
    except (httpx.InvalidURL, TypeError, ValueError):
        return [Violation("path", "", "maxLength", "the URL cannot be encoded")]
    encoded = len(url.raw_path)
    if encoded <= MAX_URL_LENGTH:
        return []
    sizes = {("query", k): len(str(v)) for k, v in params.items()}
    sizes.update({("path", k): len(v) for k, v in path_values.items()})
    location, name = max(sizes, key=sizes.__getitem__, default=("path", ""))
    return [Violation(location, name, "maxLength", f"the URL would be {encoded} bytes long")]


def _scalar_problem(value: Any) -> tuple[str, str] | None:
    if isinstance(value, str):
        return None if _utf8(value) else ("type", "the value is not valid Unicode (a lone surrogate)")
    if isinstance(value, bool | int):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else ("type", f"{value} cannot be sent")
    if type(value).__name__ == "Unset":
        return ("required", "a required value is unset")
    return ("type", f"a {type(value).__name__} cannot be sent as a parameter")


def _walk(value: Any, path: list[str], found: list[Violation]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or not _utf8(key):
                found.append(Violation("body", ".".join(path), "propertyNames", "a key must be valid text"))
                continue
            path.append(key)
            _walk(item, path, found)
            path.pop()
    elif isinstance(value, list):
        for index, item in enumerate(value):
            path.append(str(index))
            _walk(item, path, found)
            path.pop()
    elif value is not None:
        problem = _scalar_problem(value)
        if problem:
            found.append(Violation("body", ".".join(path), problem[0], problem[1]))


def _accepts(annotation: Any) -> Check:
    """A predicate telling whether a value matches ``annotation`` (the generated annotations: classes, unions of
    them, ``list[...]``, ``Literal``); anything else is accepted."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = typing.get_args(annotation)
        # Classes other than the numbers (bool is an int) answer with one isinstance call.
        plain = tuple(
            arg
            for arg in members
            if isinstance(arg, type) and arg not in (int, float, bool) and not typing.get_args(arg)
        )
        others = [_accepts(arg) for arg in members if arg not in plain]
        if not others:
            return lambda value: isinstance(value, plain)
        return lambda value: isinstance(value, plain) or any(check(value) for check in others)
    if origin is list:
        (item_type,) = typing.get_args(annotation) or (Any,)
        item = _accepts(item_type)
        return lambda value: isinstance(value, list) and all(item(v) for v in value)
    if origin is typing.Literal:
        allowed = typing.get_args(annotation)
        return lambda value: value in allowed
    if origin is not None:
        return lambda value: isinstance(value, origin)
    if annotation is type(None) or annotation is None:
        return lambda value: value is None
    if annotation is bool:
        return bool.__instancecheck__  # isinstance(value, bool), without a Python frame
    if annotation is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return lambda value: isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(annotation, type):
        return annotation.__instancecheck__  # isinstance(value, annotation)
    return lambda value: True
