"""Python arguments of the generated functions checked before a request is built, for switchboard clients only.

The generated ``sync_detailed``/``asyncio_detailed`` of each operation turn their arguments into request keyword
arguments (``_get_kwargs``) and hand them to httpx. Bad Python input fails there with ``TypeError``,
``AttributeError``, ``UnicodeEncodeError``, ``ValueError`` or ``httpx.InvalidURL``, or worse, is sent: a path value
``..`` that httpx resolves into another operation, an object turned into its ``str``. :func:`guard_package` wraps
those two functions of every operation module of a generated package so that, for a client made by ``make_client``
(any client whose transport is switchboard's), the arguments are checked first and every refusal is a
:class:`RequestValidationError` naming the field. Clients not made by switchboard run the generated code unchanged.

The request keyword arguments also carry the operation id and the JSON body as built (request extensions), so the
validating transport neither matches the route nor parses the body again. Multipart bodies get a random boundary
(the generated code fixes one). On the way back, whatever the generated parser trips on (an error body a model cannot
read, a status the spec does not document) is raised as a switchboard error too (see :class:`_Reader`).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import math
import pkgutil
import re
import threading
import types
import typing
from collections.abc import Callable
from typing import Any, NoReturn

from ._errors import RequestValidationError, ResponseValidationError
from ._transport import JSON_EXTENSION, OPERATION_EXTENSION, DualTransport
from .spec import Spec, Violation

#: Longest URL (path and query, encoded) a request may have. RFC 9110 asks servers to take at least 8000 octets.
MAX_URL_LENGTH = 8000
_GUARDED = "__switchboard_guarded__"
_lock = threading.Lock()
_guarded_packages: set[str] = set()

Check = Callable[[Any], bool]
# Exactly how httpx encodes ``json=``: the bytes on the wire are the same as without the guard. One encoder for all
# calls (``json.dumps`` with options makes one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
# Below this rough length (see _encodable) no URL can reach MAX_URL_LENGTH once encoded.
_ROUGH_URL_LIMIT = MAX_URL_LENGTH // 3


def guard_package(vendor: str) -> None:
    """Wrap every operation of the generated ``<vendor>_client`` package (once per process)."""
    with _lock:
        if vendor in _guarded_packages:
            return
        try:
            package = importlib.import_module(f"{vendor}_client.api")
        except ImportError:
            return
        spec = Spec.load(vendor)
        by_module = {_snake(op.operation_id): op.operation_id for op in spec.operations}
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if info.ispkg:
                continue
            module = importlib.import_module(info.name)
            if not getattr(module, _GUARDED, False) and hasattr(module, "_get_kwargs"):
                name = info.name.rsplit(".", 1)[1]
                _guard_module(module, spec, by_module.get(name, name))
        _guarded_packages.add(vendor)


def _snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"\W+", "_", name).strip("_").lower()


def _is_ours(client: Any) -> bool:
    args = getattr(client, "_httpx_args", None)
    return isinstance(args, dict) and isinstance(args.get("transport"), DualTransport)


def _guard_module(module: types.ModuleType, spec: Spec, operation_id: str) -> None:
    get_kwargs = module._get_kwargs
    prepare = _Preparer(get_kwargs, spec, operation_id)
    build_response = _Reader(module._build_response, getattr(module, "errors", None), spec, operation_id)
    sync_original = module.sync_detailed
    async_original = module.asyncio_detailed

    @functools.wraps(sync_original)
    def sync_detailed(*args: Any, client: Any, **kwargs: Any) -> Any:
        httpx_args = getattr(client, "_httpx_args", None)  # as _is_ours, inline on the hot path
        if not (isinstance(httpx_args, dict) and isinstance(httpx_args.get("transport"), DualTransport)):
            return sync_original(*args, client=client, **kwargs)
        request_kwargs = prepare(args, kwargs)
        response = client.get_httpx_client().request(**request_kwargs)
        return build_response(client=client, response=response)

    @functools.wraps(async_original)
    async def asyncio_detailed(*args: Any, client: Any, **kwargs: Any) -> Any:
        if not _is_ours(client):
            return await async_original(*args, client=client, **kwargs)
        request_kwargs = prepare(args, kwargs)
        response = await client.get_async_httpx_client().request(**request_kwargs)
        return build_response(client=client, response=response)

    module.sync_detailed = sync_detailed  # type: ignore[attr-defined]
    module.asyncio_detailed = asyncio_detailed  # type: ignore[attr-defined]
    setattr(module, _GUARDED, True)


class _Preparer:
    """Checks the arguments of one operation and builds its request keyword arguments."""

    def __init__(self, get_kwargs: Callable[..., dict[str, Any]], spec: Spec, operation_id: str) -> None:
        self.get_kwargs = get_kwargs
        self.operation_id = operation_id
        self.signature = inspect.signature(get_kwargs)
        try:
            hints = typing.get_type_hints(get_kwargs)
        except Exception:
            hints = {}
        operation = spec.by_id.get(operation_id)
        spec_names = {_snake(p.name): (p.name, p.location) for p in operation.parameters} if operation else {}
        # name -> (name on the wire, location, type check, is a path parameter)
        self.checks: dict[str, tuple[str, str, Check, bool]] = {}
        self.positional: list[str] = []
        self.required: set[str] = set()
        for name, parameter in self.signature.parameters.items():
            wire_name, location = spec_names.get(name, (name, "argument"))
            if name == "body":
                wire_name, location = "", "body"
            is_path = parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            if is_path:
                self.positional.append(name)
            if parameter.default is inspect.Parameter.empty:
                self.required.add(name)
            self.checks[name] = (wire_name, location, _accepts(hints.get(name, Any)), is_path)
        self.names = frozenset(self.checks)
        # Per count of positional arguments: the names they take, and the required names left for keywords.
        self._taken = [frozenset(self.positional[:count]) for count in range(len(self.positional) + 1)]
        self._required_keywords = [self.required - taken for taken in self._taken]

    def _refuse(self, rule: str, detail: str) -> RequestValidationError:
        return RequestValidationError(self.operation_id, [Violation("argument", "", rule, detail)])

    def _refuse_binding(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> NoReturn:
        """Raise the error naming why the arguments do not bind to the signature (as ``inspect.Signature.bind``)."""
        if len(args) > len(self.positional):
            raise self._refuse("signature", f"takes {len(self.positional)} positional arguments")
        twice = self._taken[len(args)] & kwargs.keys()
        if twice:
            raise self._refuse("signature", f"{sorted(twice)[0]!r} is given twice")
        unknown = kwargs.keys() - self.names
        if unknown:
            raise self._refuse("signature", f"no argument named {sorted(unknown)[0]!r}")
        name = sorted(self._required_keywords[len(args)] - kwargs.keys())[0]
        wire_name, location, _, _ = self.checks[name]
        raise RequestValidationError(
            self.operation_id, [Violation(location, wire_name or name, "required", "the argument is missing")]
        )

    def _bound(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
        """Whether the arguments bind to the signature (the common case, decided without building a mapping)."""
        count = len(args)
        if count > len(self.positional):
            return False
        keys = kwargs.keys()
        return keys <= self.names and self._required_keywords[count] <= keys and self._taken[count].isdisjoint(keys)

    def __call__(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        if not self._bound(args, kwargs):
            self._refuse_binding(args, kwargs)
        found: list[Violation] = []
        checks = self.checks
        for name, value in (*zip(self.positional, args, strict=False), *kwargs.items()):
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
            request_kwargs = self.get_kwargs(*args, **kwargs)
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
            arguments = {**dict(zip(self.positional, args, strict=False)), **kwargs}
            paths = {self.checks[name][0]: str(arguments[name]) for name in self.positional if name in arguments}
            found = _url_too_long(request_kwargs, paths)
            if found:
                raise RequestValidationError(self.operation_id, found)
        extensions: dict[str, Any] = {OPERATION_EXTENSION: self.operation_id}
        if "files" in request_kwargs:
            _random_boundary(request_kwargs)
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

    The validating transport checks every success body before the generated parser sees it, and with
    ``raise_errors=True`` an error status raises the vendor's typed error first. What is left reaches here: an error
    body (``raise_errors=False``) that the generated error model cannot read, or a status the spec does not document.
    The first raises :class:`ResponseValidationError` naming the field when the spec tells which, the second the
    :class:`APIError` of the status; neither quotes the body.
    """

    def __init__(self, build: Callable[..., Any], errors: Any, spec: Spec, operation_id: str) -> None:
        self.build = build
        unexpected = getattr(errors, "UnexpectedStatus", None)
        self.unexpected: type[Exception] | None = unexpected if isinstance(unexpected, type) else None
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


def _random_boundary(request_kwargs: dict[str, Any]) -> None:
    """Let httpx choose the multipart boundary (random, per request).

    The generated code sets ``Content-Type: multipart/form-data; boundary=+++`` and httpx then uses ``+++``: a text
    part or a file holding ``\r\n--+++`` would end its part early and corrupt the upload. Without the header httpx
    draws a random boundary and writes the header itself.
    """
    headers = request_kwargs.get("headers")
    if not headers:
        return
    for name in [n for n in headers if n.lower() == "content-type"]:
        if str(headers[name]).lower().startswith("multipart/form-data"):
            del headers[name]


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
