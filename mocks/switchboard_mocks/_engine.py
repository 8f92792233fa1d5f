"""The vendor-neutral mock engine: routes from a spec, every request and response checked against it.

A vendor module subclasses :class:`VendorMock` with what a spec cannot say (auth, state, error envelope) and a
handler for each operation it simulates: a method named like the ``operationId`` (snake-cased), found without a
table. Every other operation is answered from the spec alone, as Prism does: its documented example, else a value
made from its schema (:mod:`._generate`). :class:`MockServer` turns it into an ASGI app with a control surface under
``/__mock__/``; given a spec and no vendor module it serves that spec alone (:class:`SpecMock`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import random
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, TypeGuard
from urllib.parse import parse_qs, parse_qsl

import yaml
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from switchboard.spec import NO_BODY, Operation, Spec, Violation, decode_body, group_pairs, media_type

from . import _coverage, _generate
from ._stores import Refused, TokenStore, bearer

log = logging.getLogger("switchboard.mock")


class InjectedDrop(ConnectionAbortedError):
    """A connection the mock drops on purpose (a ``drop`` fault): the server closes it halfway through the answer."""


def _not_an_injected_drop(record: logging.LogRecord) -> bool:
    """False for the server's report of a connection dropped on purpose (it logs it as an application error)."""
    return not (record.exc_info and isinstance(record.exc_info[1], InjectedDrop))


# uvicorn logs an exception raised by the app, with its traceback, on "uvicorn.error": a drop fault is not one.
if _not_an_injected_drop not in logging.getLogger("uvicorn.error").filters:
    logging.getLogger("uvicorn.error").addFilter(_not_an_injected_drop)

CONTROL_PREFIX = "/__mock__"
#: Outcomes of the wire rather than of the vendor: every operation can meet them, documented or not.
TRANSPORT_OUTCOMES = ("http_429", "http_503", "timeout", "dropped")
#: Seconds a ``timeout`` outcome holds the answer unless the trigger says otherwise (longer than a test's client
#: timeout should be; shorter than a test session can wait).
TIMEOUT_LATENCY = 5.0
#: How many requests the journal keeps by default (the oldest are dropped first).
DEFAULT_JOURNAL_SIZE = 10_000
#: Request body limits: any operation (TingTing's audio uploads are the largest), and the token endpoints.
DEFAULT_MAX_BODY = 25 * 1024 * 1024
DEFAULT_MAX_TOKEN_BODY = 64 * 1024
#: JSON bodies nested deeper than this are refused with 400 before any parsing or validation.
MAX_JSON_DEPTH = 64
#: Echoed pieces of a request (a path, a media type, a property name) are cut to this many characters.
ECHO_LIMIT = 48
#: Header values never written to the journal (the spec's apiKey headers are added per vendor).
_REDACTED_HEADERS = {"authorization", "x-access-token", "api-key", "cookie", "proxy-authorization"}
#: Query parameters whose values never reach the journal (the spec's apiKey query parameters are added per vendor).
_SECRET_NAME = re.compile(r"secret|password|passwd|token|key|signature|passcode", re.IGNORECASE)
_REDACTED = "<redacted>"


class MockClock:
    """Wall-clock seconds that tests and the control surface can move forward."""

    def __init__(self, source: Callable[[], float] = time.time) -> None:
        self._source = source
        self.offset = 0.0

    def __call__(self) -> float:
        return self._source() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@dataclass
class Reply:
    """What a handler answers: a status and a JSON body (or none)."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    #: The catalogue outcome this reply is (``switchboard_mocks.catalogue``), journaled with the request.
    outcome: str | None = None

    def encoded(self) -> bytes:
        return b"" if self.body is None else json.dumps(self.body, separators=(",", ":"), allow_nan=False).encode()


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    operation: Operation
    path_params: dict[str, str]
    query: dict[str, list[str]]
    headers: Headers
    body: Any
    principal: Any = None
    #: An asynchronous outcome asked for by a trigger or a magic value (a DLR that ends ``UNDELIV``): the handler
    #: gives the resource it creates that fate.
    outcome: str | None = None

    def query_value(self, name: str, default: Any = None) -> Any:
        values = self.query.get(name)
        return values[-1] if values else default


def handler_name(operation_id: str) -> str:
    """The method name that handles ``operation_id``: snake-cased (``getUserDetails`` -> ``get_user_details``)."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id)
    return re.sub(r"\W+", "_", name).strip("_").lower()


class VendorMock:
    """What one vendor adds to the engine. Subclasses set ``spec_name`` and ``default_settings``, and define a
    method per operation they simulate, named like its ``operationId`` (:func:`handler_name`)."""

    spec_name: ClassVar[str]
    #: operationId -> method name, for an operation whose handler is named otherwise (one method serving two).
    handlers: ClassVar[dict[str, str]] = {}
    #: The spec served (set by :class:`MockServer`).
    spec: Spec
    #: Every setting the mock knows (credentials it accepts, token lifetimes), with its default.
    default_settings: ClassVar[dict[str, str]] = {}
    #: The settings that are, under the same names, keyword arguments of ``switchboard.<vendor>.make_client``:
    #: what a client needs to authenticate against this mock (the pytest plugin builds clients from them).
    client_settings: ClassVar[tuple[str, ...]] = ()

    def __init__(self, clock: MockClock, settings: Mapping[str, str] | None = None) -> None:
        self.clock = clock
        self.settings = {**self.default_settings, **(settings or {})}
        #: Journals what the mock does on its own (a webhook post and its answer); the server wires it to its journal.
        self.record: Callable[[dict[str, Any]], None] = lambda entry: None
        self.reset()

    def reset(self) -> None:
        """Forget all state: issued credentials and resources."""
        self.reset_auth()
        self.reset_resources()

    def reset_auth(self) -> None:
        """Forget issued tokens."""

    def reset_resources(self) -> None:
        """Forget stored resources (messages, subscriptions, ...), keeping issued tokens valid."""

    def handler(self, operation_id: str) -> Callable[[Call], Reply] | None:
        """The method serving ``operation_id``, or None: the engine answers it from the spec."""
        name = self.handlers.get(operation_id) or handler_name(operation_id)
        if name.startswith("_") or hasattr(VendorMock, name):
            return None  # an operation named like the engine's own hooks (reset, error) is not one of them
        found = getattr(self, name, None)
        return found if callable(found) else None

    def authenticate(self, call: Call) -> Any:
        """Return the caller's principal, or a :class:`Reply` refusing the request."""
        raise NotImplementedError

    def error(self, status: int, message: str) -> Reply:
        """The vendor's error envelope for ``status``."""
        return Reply(status, {"code": status, "message": message})

    def refusal(self, operation: Operation | None, status: int, message: str) -> Reply:
        """The engine's own refusal of a request to ``operation`` (None: no route): :meth:`error` unless a vendor
        answers refusals per operation."""
        return self.error(status, message)

    def secrets(self) -> list[str]:
        """Credentials this mock accepts; no response may contain one."""
        return []

    def client_kwargs(self) -> dict[str, str]:
        """Keyword arguments for ``switchboard.<vendor>.make_client(base_url, **kwargs)`` that this mock accepts."""
        return {name: self.settings[name] for name in self.client_settings}

    #: Outcomes of the vendor's own beyond what its spec documents (``switchboard_mocks.catalogue.Declared``).
    outcomes: ClassVar[tuple[Any, ...]] = ()

    def magic_outcome(self, call: Call) -> str | None:
        """The catalogue outcome a magic value of the (validated, authenticated) request asks for, if any."""
        return None

    def outcome_reply(self, outcome: Any) -> Reply:
        """The answer that is ``outcome`` (a ``catalogue.Outcome`` with a status): the vendor's envelope for it."""
        reply = self.error(outcome.status, f"{outcome.description} (outcome {outcome.outcome} on demand)")
        if outcome.status == 429:
            reply.headers["Retry-After"] = "1"
        return reply


class SpecMock(VendorMock):
    """A spec served alone: every answer made from the spec, requests refused only where the spec says so.

    A secured operation wants its credential present (the header, query parameter or cookie its security scheme
    names, any value). A bearer token must also be one of the setting ``bearer_tokens`` (comma-separated) when it is
    set, or one that :attr:`tokens` issued when :attr:`checks_tokens` is on: all a vendor with a token grant writes
    is a handler for the grant that calls ``self.tokens.issue(...)``.
    Refusals carry the body the spec documents for their status (its example, else one made from its schema), with
    the reason in its ``message`` (or ``detail``, ``error``) field where it has one.
    """

    spec_name = ""
    default_settings: ClassVar[dict[str, str]] = {"bearer_tokens": ""}
    #: The spec's answers (set by :class:`MockServer`).
    answers: _generate.Answers
    #: Bearer tokens must be ones :attr:`tokens` issued and has not seen expire (else any token will do).
    checks_tokens: ClassVar[bool] = False

    def reset_auth(self) -> None:
        self.tokens: TokenStore[Any] = TokenStore(self.clock)

    def authenticate(self, call: Call) -> Any:
        for requirement in call.operation.security:
            missing = [name for name in requirement if not self._presented(call, name)]
            if not missing:
                return requirement
        return self.refusal(call.operation, 401, "the credential this operation wants is missing or not valid")

    def _presented(self, call: Call, scheme_name: str) -> bool:
        scheme = self.spec.resolve(self.spec.document.get("components", {}).get("securitySchemes", {}).get(scheme_name))
        if not isinstance(scheme, dict):
            return False
        if scheme.get("type") == "apiKey":
            where, name = scheme.get("in"), str(scheme.get("name", ""))
            if where == "query":
                return bool(call.query_value(name))
            if where == "cookie":
                return f"{name}=" in (call.headers.get("cookie") or "")
            return bool(call.headers.get(name))
        authorization = call.headers.get("authorization")
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            return (authorization or "").lower().startswith("basic ")
        token = bearer(authorization)
        if token is None:
            return False
        known = {t.strip() for t in self.settings.get("bearer_tokens", "").split(",") if t.strip()}
        if token in known or self.tokens.get(token) is not None:
            return True
        return not (known or self.checks_tokens)

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"code": status, "message": message})

    def refusal(self, operation: Operation | None, status: int, message: str) -> Reply:
        if operation is None:
            return self.error(status, message)
        return _documented_refusal(self.answers, operation, status, message) or self.error(status, message)

    def outcome_reply(self, outcome: Any) -> Reply:
        reply = self.refusal(self.spec.by_id.get(outcome.operation), outcome.status, outcome.description)
        if outcome.status == 429:
            reply.headers["Retry-After"] = "1"
        return reply


def _documented_refusal(answers: _generate.Answers, operation: Operation, status: int, message: str) -> Reply | None:
    """A refusal with the body ``operation`` documents for ``status``, the reason in its message field if any."""
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in operation.responses:
            body = answers.body(operation, key)
            if body is _generate.MISSING:
                return Reply(status)
            for name in ("message", "detail", "error"):
                if isinstance(body, dict) and isinstance(body.get(name), str):
                    told = {**body, name: message}
                    if answers.valid(operation, key, told):
                        body = told
                    break
            return Reply(status, body)
    return None


@dataclass
class Fault:
    """A failure the control surface asked for on an operation (``*`` for all)."""

    operation: str = "*"
    status: int | None = None
    retry_after: float | None = None
    latency: float = 0.0
    drop: bool = False
    times: int = 1
    probability: float = 1.0
    #: A catalogue outcome of the operation (``mock.trigger``): the call meets it instead of a plain status.
    outcome: str | None = None

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any], operations: Iterable[str]) -> Fault:
        """A fault from a control payload, every field checked; ValueError names the first bad one."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(payload) - known)
        if unknown:
            raise ValueError(f"unknown fault field {_brief(unknown[0])!r} (known: {', '.join(sorted(known))})")
        fault = cls(**payload)
        if not isinstance(fault.operation, str) or fault.operation not in {"*", *operations}:
            raise ValueError("'operation' must be '*' or an operationId of the spec")
        if fault.status is not None and not (_is_int(fault.status) and 100 <= fault.status <= 599):
            raise ValueError("'status' must be an integer from 100 to 599, or null")
        if fault.retry_after is not None and not (_is_number(fault.retry_after) and fault.retry_after >= 0):
            raise ValueError("'retry_after' must be a finite number of seconds >= 0, or null")
        if not (_is_number(fault.latency) and 0 <= fault.latency <= 600):
            raise ValueError("'latency' must be a number of seconds from 0 to 600")
        if not isinstance(fault.drop, bool):
            raise ValueError("'drop' must be true or false")
        if not (_is_int(fault.times) and fault.times >= 0):
            raise ValueError("'times' must be an integer >= 0")
        if not (_is_number(fault.probability) and 0 <= fault.probability <= 1):
            raise ValueError("'probability' must be a number from 0 to 1")
        if fault.outcome is not None and not isinstance(fault.outcome, str):
            raise ValueError("'outcome' must be an outcome id of the catalogue, or null")
        return fault


class Journal(list[dict[str, Any]]):
    """The requests a mock received, oldest first: a list that keeps only the last ``maxlen`` (a ring buffer).

    The oldest entries are dropped in batches of a sixteenth of ``maxlen``, so it may briefly hold up to that many
    more; :meth:`tail` and ``GET /__mock__/journal`` never give more than ``maxlen``.
    """

    def __init__(self, maxlen: int = DEFAULT_JOURNAL_SIZE) -> None:
        super().__init__()
        self.maxlen = maxlen

    def append(self, entry: dict[str, Any]) -> None:
        if not self.maxlen:
            return
        # Dropping from the front moves every entry kept: done once per batch, not once per request.
        if len(self) >= self.maxlen + self.maxlen // 16:
            del self[: len(self) - self.maxlen + 1]
        super().append(entry)

    def tail(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The last ``limit`` entries (``maxlen`` of them when None), oldest first."""
        limit = self.maxlen if limit is None else min(limit, self.maxlen)
        return self[max(0, len(self) - limit) :] if limit else []


class BadRequest(ValueError):
    """A request the engine refuses with 400 before it reaches a handler; the text is safe to answer with."""


class MockServer:
    """An ASGI app serving ``vendor`` per its spec.

    Control surface (JSON):

    - ``POST /__mock__/reset``: forget state, journal and faults (``{"keep_auth": true}`` keeps tokens valid);
    - ``GET /__mock__/journal``: the requests received (credentials redacted), oldest first; ``?limit=N`` gives the
      last N. The journal keeps the last ``journal_size`` requests (default 10,000);
    - ``POST /__mock__/faults``: ``{"operation", "status", "retry_after", "latency", "drop", "times", "probability"}``,
      or ``{"operation", "outcome", "times"}`` for an outcome of the failure catalogue (what ``mock.trigger`` sends);
      ``DELETE /__mock__/faults`` clears them;
    - ``POST /__mock__/clock``: ``{"advance": seconds}`` moves the clock forward (tokens expire);
    - ``GET /__mock__/openapi.yaml``: the spec this mock serves.

    A request body beyond ``max_body`` (25 MB; ``max_token_body``, 64 KB, on the token endpoints) is answered 413
    without being read further. Bad input of any kind (a body nested too deeply, JSON that is not what the spec
    says, a control payload of the wrong shape) is answered 400 with a short message that names the fields and never
    quotes the body. A response that breaks the spec is a bug of the mock or the spec: it is logged, kept in
    ``spec_violations`` and turned into a 500 so that fuzzing sees it.
    """

    def __init__(
        self,
        vendor_cls: type[VendorMock] | None = None,
        *,
        spec: Spec | None = None,
        clock: MockClock | None = None,
        settings: Mapping[str, str] | None = None,
        journal_size: int = DEFAULT_JOURNAL_SIZE,
        max_body: int = DEFAULT_MAX_BODY,
        max_token_body: int = DEFAULT_MAX_TOKEN_BODY,
    ) -> None:
        if journal_size < 0:
            raise ValueError("journal_size must be >= 0")
        #: Request bodies beyond these are answered 413, unread beyond the limit (token endpoints: the operations
        #: without security, reachable by anyone).
        self.max_body = max_body
        self.max_token_body = min(max_token_body, max_body)
        if vendor_cls is None and spec is None:
            raise TypeError("MockServer needs a vendor class, a spec, or both")
        # Nothing per operation is done here: handlers, answers and outcomes are worked out on an operation's first
        # call, so that creating the app costs the same whatever the size of the spec.
        self.spec = spec if spec is not None else Spec.load(vendor_cls.spec_name)  # type: ignore[union-attr]
        self.base_path = self.spec.base_path
        self.clock = clock or MockClock()
        #: The spec's answers, made on first use (what operations without a handler, and SpecMock, answer).
        self.answers = _generate.Answers(self.spec)
        vendor_cls = vendor_cls or SpecMock
        #: The vendor as the failure catalogue and coverage name it (the spec's name for a spec served alone).
        self.name = vendor_cls.spec_name or self.spec.name
        self.vendor = vendor_cls.__new__(vendor_cls)
        self.vendor.spec = self.spec
        if isinstance(self.vendor, SpecMock):
            self.vendor.answers = self.answers
        self.vendor.__init__(self.clock, settings)  # type: ignore[misc]
        self.journal = Journal(maxlen=journal_size)
        self.vendor.record = self.journal.append
        self.faults: list[Fault] = []
        self.spec_violations: list[str] = []
        self._random = random.Random(0)
        self._outcomes: dict[str, dict[str, Any]] = {}
        self._handlers: dict[str, Callable[[Call], Reply] | None] = {}
        header_keys, query_keys = _api_key_names(self.spec)
        self._secret_headers = _REDACTED_HEADERS | header_keys
        self._secret_query = query_keys

    async def _read_bounded(self, scope: Scope, receive: Receive) -> bytes | None:
        """The request body, or None (unread beyond the limit) when it is larger than its route takes: a token
        endpoint (an operation without security) ``max_token_body``, any other ``max_body``."""
        declared = _content_length(scope)
        routed = declared is not None and declared > self.max_token_body
        limit = self._limit_of(scope) if routed else self.max_body
        if declared is not None and declared > limit:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if not routed and size > self.max_token_body:
                limit, routed = self._limit_of(scope), True
            if size > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _limit_of(self, scope: Scope) -> int:
        """The body limit of the route ``scope`` asks for (worked out only for a body beyond the token limit)."""
        path = Spec.relative("/" + str(scope["path"]).lstrip("/"), self.base_path)
        matched = self.spec.match(scope["method"], path) if path is not None else None
        if matched is not None and not _effective_security(matched[0]):
            return self.max_token_body
        return self.max_body

    def reset(self, *, keep_auth: bool = False) -> None:
        """Back to a fresh start; with ``keep_auth`` issued tokens stay valid."""
        if self.vendor.spec_name:  # a spec served alone has no catalogue to cover
            _coverage.collect(self.vendor.spec_name, self.journal)
        if keep_auth:
            self.vendor.reset_resources()
        else:
            self.vendor.reset()
        self.journal.clear()
        self.faults.clear()
        self.spec_violations.clear()
        self.clock.offset = 0.0
        self._random = random.Random(0)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        body = await self._read_bounded(scope, receive)
        if body is None:
            limit = f"{self.max_token_body} bytes on a token endpoint, {self.max_body} elsewhere"
            await _render(self.vendor.error(413, f"the request body is too large (at most {limit})"))(
                scope, receive, send
            )
            return
        path: str = scope["path"]
        if "?" in path or "#" in path or "\\" in path:
            path = request.url.path  # what the route sees: these characters stay escaped
        response: _Answer | Response | None
        if path.startswith(CONTROL_PREFIX):
            response = self._control(request, path, body)
        else:
            try:
                response = await self._serve(request, path, body)
            except Exception as exc:  # a bug of the mock: a 500 that fuzzing sees, never a crashed connection
                text = f"unhandled {type(exc).__name__} on {request.method} {self._brief(path)}"
                log.exception("mock bug: %s", text)
                self.spec_violations.append(text)
                response = _render(self.vendor.error(500, f"mock bug: {text}"))
        if response is None:  # a dropped connection: start a response and stop halfway
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
            await send({"type": "http.response.body", "body": b'{"truncated', "more_body": True})
            raise InjectedDrop("fault injection: connection dropped")
        await response(scope, receive, send)

    async def _serve(self, request: Request, full_path: str, body: bytes) -> _Answer | None:
        # Served under the base path of the spec's first server, as the vendor does (/ns-api/v2/...). A leading run
        # of slashes counts as one, as front servers merge it: a vendor SDK joining a base URL that ends in "/" with
        # "/v1/..." sends "//v1/..." in documented use (Gatum's README base).
        if full_path.startswith("//"):
            full_path = "/" + full_path.lstrip("/")
        path = Spec.relative(full_path, self.base_path)
        if path is None:
            outside = f"no such path: {self._brief(full_path)} (the API lives under {self.base_path})"
            return _render(self.vendor.error(404, outside))
        matched = self.spec.match(request.method, path)
        query = request.scope["query_string"].decode("latin-1")
        entry: dict[str, Any] = {
            "method": request.method,
            "path": path,
            "query": self._redact_query(query) if query else "",
            "headers": {k: (_REDACTED if k in self._secret_headers else v) for k, v in request.headers.items()},
            "time": self.clock(),
        }
        self.journal.append(entry)
        if matched is None:
            allowed = self.spec.allowed_methods(path)
            if allowed:
                reply = self.vendor.error(405, f"{request.method} is not allowed on {self._brief(path)}")
                reply.headers["Allow"] = ", ".join(allowed)
            else:
                reply = self.vendor.error(404, f"no such path: {self._brief(path)}")
            entry["status"] = reply.status
            return _render(reply)
        operation, path_params = matched
        entry["operation"] = operation.operation_id
        fault = self._take_fault(operation.operation_id) if self.faults else None
        forced: str | None = None
        if fault is not None:
            if fault.outcome is not None:
                entry["outcome"] = fault.outcome
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop:
                entry["status"] = "dropped"
                return None
            if fault.status is not None:
                reply = self.vendor.refusal(operation, fault.status, "fault injected by the control surface")
                if fault.retry_after is not None:
                    reply.headers["Retry-After"] = f"{fault.retry_after:g}"
                entry["status"] = reply.status
                return _render(reply)
            if fault.outcome is not None and fault.outcome not in TRANSPORT_OUTCOMES:
                outcome = self.outcome(operation.operation_id, fault.outcome)
                if outcome.state is None:  # an answer: sent as the vendor sends it, checked against the spec
                    reply = self.vendor.outcome_reply(outcome)
                    reply.outcome = outcome.outcome
                    return self._answer(operation, reply, entry)
                forced = outcome.outcome
        reply = self._dispatch(operation, path_params, request, body, forced)
        if reply.outcome is not None:
            entry["outcome"] = reply.outcome
            if reply.outcome == "dropped":  # a magic value asked for it
                entry["status"] = "dropped"
                return None
        return self._answer(operation, reply, entry)

    def outcome(self, operation_id: str, outcome_id: str) -> Any:
        """The catalogue entry ``outcome_id`` of ``operation_id``; ValueError names what does not exist."""
        outcomes = self._outcomes.get(operation_id)
        if outcomes is None:
            from ._catalogue import operation_outcomes

            operation = self.spec.by_id[operation_id]
            found = operation_outcomes(self.name, operation, tuple(self.vendor.outcomes))
            outcomes = self._outcomes[operation_id] = {o.outcome: o for o in found}
        if outcome_id not in outcomes:
            known = sorted(outcomes)
            raise ValueError(f"{operation_id} has no outcome {_brief(outcome_id)!r} (known: {', '.join(known)})")
        return outcomes[outcome_id]

    def _answer(self, operation: Operation, reply: Reply, entry: dict[str, Any]) -> _Answer:
        entry["status"] = reply.status
        content = reply.encoded()
        if reply.outcome in TRANSPORT_OUTCOMES:  # a wire fault: what the spec documents does not bind it
            return _render(reply, content)
        violations = self._check_reply(operation, reply, content)
        if violations:
            text = f"{operation.operation_id} answered {reply.status} against its spec: {violations[0]}"
            log.error("%s", text)
            self.spec_violations.append(text)
            return _render(self.vendor.error(500, f"mock bug: {self._brief(text, 200)}"))
        return _render(reply, content)

    def _dispatch(
        self,
        operation: Operation,
        path_params: dict[str, str],
        request: Request,
        body: bytes,
        forced: str | None = None,
    ) -> Reply:
        query = request.scope["query_string"].decode("latin-1")
        pairs = parse_qsl(query, keep_blank_values=True) if query else []
        call = Call(operation, path_params, group_pairs(pairs), request.headers, None, outcome=forced)
        if _effective_security(operation):
            principal = self.vendor.authenticate(call)
            if isinstance(principal, Reply):
                return principal
            call.principal = principal
        content_type = media_type(request.headers.get("content-type"))
        parsed: Any = NO_BODY
        try:
            if body and content_type.endswith("json"):
                _check_depth(body)
                with contextlib.suppress(ValueError):  # not JSON: the spec check below says so
                    parsed = json.loads(body)
            violations = operation.check_request(path_params, pairs, request.headers, body, json_body=parsed)
        except BadRequest as exc:
            return self.vendor.refusal(operation, 400, str(exc))
        except (RecursionError, ValueError, OverflowError):
            return self.vendor.refusal(
                operation,
                400,
                "the request holds a value that cannot be checked (nested too deeply, too large, or not valid text)",
            )
        if violations:
            return self.vendor.refusal(operation, 400, "; ".join(self._describe(v, operation) for v in violations[:3]))
        if body and content_type in operation.request_bodies:
            if parsed is NO_BODY:
                parsed, _ = decode_body(content_type, body, operation.request_bodies[content_type])
            call.body = parsed  # JSON is parsed once, for the check and for the handler
        if call.outcome is None:
            magic = self.vendor.magic_outcome(call)
            if magic is not None:
                outcome = self.outcome(operation.operation_id, magic)
                if outcome.state is None:
                    if outcome.outcome == "dropped":
                        return Reply(200, outcome="dropped")
                    answer = self.vendor.outcome_reply(outcome)
                    answer.outcome = magic
                    return answer
                call.outcome = magic
        reply = self._handle(operation, call)
        if call.outcome is not None and reply.status < 300:
            reply.outcome = call.outcome
        return reply

    def _handle(self, operation: Operation, call: Call) -> Reply:
        """The vendor's handler of ``operation`` on ``call``; without one, the answer the spec documents."""
        operation_id = operation.operation_id
        if operation_id not in self._handlers:
            self._handlers[operation_id] = self.vendor.handler(operation_id)
        handler = self._handlers[operation_id]
        if handler is not None:
            try:
                return handler(call)
            except Refused as refused:
                reply: Reply = refused.reply
                return reply
        status = _generate.success_status(operation)
        if status is None:
            return self.vendor.refusal(operation, 500, f"{operation_id} documents no success to answer with")
        body = self.answers.body(operation, status)
        code = int(status) if status.isdigit() else 200
        return Reply(code, None if body is _generate.MISSING else body)

    def _check_reply(self, operation: Operation, reply: Reply, content: bytes) -> list[Violation]:
        """The reply against its operation's responses, validated from ``reply.body`` (``content`` is not re-read)."""
        status = reply.status
        declared = operation.responses.get(str(status)) or operation.responses.get(f"{status // 100}XX")
        declared = declared if declared is not None else operation.responses.get("default")
        found: list[Violation] = []
        if declared is None:
            found.append(Violation("status", "", "responses", f"{status} is not a documented status"))
        elif not declared:
            if reply.body is not None:
                found.append(Violation("body", "", "content", f"{status} is documented with no body"))
        elif reply.body is None:
            found.append(Violation("header", "Content-Type", "enum", "none is not documented"))
        elif "application/json" not in declared:
            found.append(Violation("header", "Content-Type", "enum", "application/json is not documented"))
        else:
            schema = declared["application/json"]
            if schema is not None:
                found.extend(schema.violations(reply.body, "body"))
        leaked = [s for s in self.vendor.secrets() if s and s.encode() in content]
        if leaked:
            found.append(Violation("body", "", "secret", "the response contains a credential"))
        return found

    def outcome_fault(self, fault: Fault) -> Fault:
        """``fault`` (with an ``outcome``) as the engine's faults reach it: transport outcomes become a status, a
        delay or a drop; ValueError for an outcome the operation does not have (``*`` has only transport ones)."""
        assert fault.outcome is not None
        if fault.operation != "*":
            self.outcome(fault.operation, fault.outcome)
        elif fault.outcome not in TRANSPORT_OUTCOMES:
            raise ValueError("operation '*' takes only the transport outcomes: " + ", ".join(TRANSPORT_OUTCOMES))
        if fault.outcome == "http_429":
            fault.status = 429
            fault.retry_after = 1.0 if fault.retry_after is None else fault.retry_after
        elif fault.outcome == "http_503":
            fault.status = 503
        elif fault.outcome == "timeout":
            fault.latency = fault.latency or TIMEOUT_LATENCY
        elif fault.outcome == "dropped":
            fault.drop = True
        return fault

    def _take_fault(self, operation_id: str) -> Fault | None:
        for fault in self.faults:
            if fault.operation in ("*", operation_id) and fault.times > 0:
                if fault.probability < 1.0 and self._random.random() >= fault.probability:
                    continue
                fault.times -= 1
                return fault
        return None

    def _control(self, request: Request, path: str, body: bytes) -> _Answer | Response:
        action = (request.method, path.removeprefix(CONTROL_PREFIX))
        try:
            payload = _control_payload(body)
            if action == ("POST", "/reset"):
                keep_auth = payload.get("keep_auth", False)
                if not isinstance(keep_auth, bool):
                    raise BadRequest("'keep_auth' must be true or false")
                self.reset(keep_auth=keep_auth)
                return _json({"reset": True})
            if action == ("GET", "/journal"):
                return self._journal_response(request.scope["query_string"].decode("latin-1"))
            if action == ("POST", "/faults"):
                try:
                    fault = Fault.from_payload(payload, self.spec.by_id)
                    if fault.outcome is not None:
                        fault = self.outcome_fault(fault)
                except ValueError as exc:
                    raise BadRequest(str(exc)) from None
                self.faults.append(fault)
                return _json(asdict(fault), 201)
            if action == ("DELETE", "/faults"):
                self.faults.clear()
                return _json({"faults": []})
            if action == ("POST", "/clock"):
                advance = payload.get("advance")
                if not (_is_number(advance) and advance >= 0):
                    raise BadRequest("'advance' must be a finite number of seconds >= 0")
                self.clock.advance(float(advance))
                return _json({"now": self.clock()})
            if action == ("GET", "/openapi.yaml"):
                text = self.spec.path.read_text() if self.spec.path else yaml.safe_dump(self.spec.document)
                return Response(text, media_type="application/yaml")
        except BadRequest as exc:
            return _json({"error": f"bad control request: {self._brief(str(exc), 200)}"}, 400)
        return _json({"error": f"no control action {action[0]} {self._brief(action[1])}"}, 404)

    def _journal_response(self, query: str) -> Response:
        limit: int | None = None
        values = parse_qs(query).get("limit")
        if values:
            if not values[-1].isdigit():
                raise BadRequest("'limit' must be an integer >= 0")
            limit = int(values[-1])
        # Encoded once and masked by value: a credential that reached a path or a query value stays out.
        content = json.dumps(self.journal.tail(limit), separators=(",", ":")).encode()
        for secret in self.vendor.secrets():
            if secret:
                for form in {secret, json.dumps(secret)[1:-1]}:
                    content = content.replace(form.encode(), _REDACTED.encode())
        return Response(content, media_type="application/json")

    def _redact_query(self, query: str) -> str:
        pairs = parse_qsl(query, keep_blank_values=True)
        return "&".join(
            f"{k}={_REDACTED if k in self._secret_query or _SECRET_NAME.search(k) else v}" for k, v in pairs
        )

    def _brief(self, text: str, limit: int = ECHO_LIMIT) -> str:
        """``text`` (a piece of the request) safe to answer with: credentials masked, cut to ``limit`` characters."""
        for secret in self.vendor.secrets():
            if secret:
                text = text.replace(secret, _REDACTED)
        return _brief(text, limit)

    def _describe(self, violation: Violation, operation: Operation) -> str:
        """A violation for a 400 answer: where and which rule, never the offending value."""
        where = violation.location
        if violation.field:
            where = f"{where} field {self._brief(violation.field)!r}"
        rule = violation.rule
        if violation.location == "header" and violation.field == "Content-Type":
            return f"header field 'Content-Type' is not one of {', '.join(operation.request_bodies)}"
        if rule in ("oneOf", "anyOf") and violation.detail.startswith(_SAFE_COMBINATOR_DETAILS):
            return f"{where}: {self._brief(violation.detail, 200)}"  # names fields and rules, never values
        phrase = _RULE_PHRASES.get(rule)
        unexpected = _UNEXPECTED.search(violation.detail) if rule in _PROPERTY_RULES else None
        if unexpected:  # the names of the extra properties (cut, credentials masked), never their values
            return f"{where} {phrase}: {self._brief(unexpected.group(1), 2 * ECHO_LIMIT)}"
        if phrase is None:
            return f"{where} breaks rule {self._brief(rule)!r}"
        if violation.location == "body" and not violation.field and rule in ("type", "required"):
            return f"body: {_FIXED_DETAILS.get(violation.detail, phrase)}"
        return f"{where} {phrase}"


_RULE_PHRASES = {
    "required": "is missing",
    "type": "has the wrong type",
    "pattern": "does not match its pattern",
    "format": "is not in its format",
    "minLength": "is too short",
    "maxLength": "is too long",
    "minimum": "is below the minimum",
    "maximum": "is above the maximum",
    "exclusiveMinimum": "is below the minimum",
    "exclusiveMaximum": "is above the maximum",
    "multipleOf": "is not a multiple of its step",
    "enum": "is not one of the allowed values",
    "const": "is not the allowed value",
    "minItems": "has too few items",
    "maxItems": "has too many items",
    "uniqueItems": "has duplicate items",
    "minProperties": "has too few properties",
    "maxProperties": "has too many properties",
    "additionalProperties": "has a property the spec does not allow",
    "unevaluatedProperties": "has a property the spec does not allow",
    "propertyNames": "has a property name the spec does not allow",
    "oneOf": "matches none (or more than one) of its variants",
    "anyOf": "matches none of its variants",
    "allOf": "breaks one of its combined schemas",
    "not": "matches a schema it must not match",
    "dependentRequired": "lacks a field that another field requires",
}
_PROPERTY_RULES = ("additionalProperties", "unevaluatedProperties")
_UNEXPECTED = re.compile(r"\((.*) (?:was|were) unexpected\)$")
#: How switchboard.spec explains a failed oneOf/anyOf by the fields and rules of each variant (no values).
_SAFE_COMBINATOR_DETAILS = ("no variant of ", "the value matches more than one variant")
#: Violation details written by switchboard.spec itself (no user input in them): safe to answer with.
_FIXED_DETAILS = {
    "the body is not valid JSON": "the body is not valid JSON",
    "the body is not valid form data": "the body is not valid form data",
    "the operation requires a request body": "the operation requires a request body",
}


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _brief(text: str, limit: int = ECHO_LIMIT) -> str:
    text = text.encode("utf-8", "backslashreplace").decode()
    return text if len(text) <= limit else f"{text[:limit]}..."


def _control_payload(body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    _check_depth(body)
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        raise BadRequest("the body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise BadRequest("the body must be a JSON object")
    return payload


def _check_depth(body: bytes, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse a JSON body nested deeper than ``limit`` (cheap unless it has that many brackets at all)."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return
    try:
        value = json.loads(body)
    except RecursionError:
        raise BadRequest(f"the JSON body is nested deeper than {limit} levels") from None
    except ValueError:
        return  # not JSON: the spec check says so
    level: list[tuple[Any, int]] = [(value, 1)]
    while level:
        node, depth = level.pop()
        if depth > limit:
            raise BadRequest(f"the JSON body is nested deeper than {limit} levels")
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        level.extend((child, depth + 1) for child in children if isinstance(child, dict | list))


def _api_key_names(spec: Spec) -> tuple[set[str], set[str]]:
    """The names of the spec's apiKey credentials: (lower-cased headers, query parameters)."""
    schemes = spec.document.get("components", {}).get("securitySchemes", {})
    headers, query = set(), set()
    for scheme in schemes.values():
        if isinstance(scheme, dict) and scheme.get("type") == "apiKey" and isinstance(scheme.get("name"), str):
            if scheme.get("in") == "header":
                headers.add(scheme["name"].lower())
            elif scheme.get("in") == "query":
                query.add(scheme["name"])
    return headers, query


def _effective_security(operation: Operation) -> bool:
    return any(requirement for requirement in operation.security)


class _Answer:
    """An HTTP response as two ASGI messages, headers encoded once (what starlette's Response does, minus its
    generality: this runs once per request)."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


_JSON_TYPE = (b"content-type", b"application/json")


def _render(reply: Reply, content: bytes | None = None) -> _Answer:
    """The HTTP response of ``reply``; ``content`` is its body when already encoded."""
    body = b"" if reply.body is None else reply.encoded() if content is None else content
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    names = {name for name, _ in headers}  # a handler's own Content-Type / Content-Length win, as in starlette
    if b"content-length" not in names and reply.status >= 200 and reply.status not in (204, 304):
        headers.append((b"content-length", str(len(body)).encode()))
    if reply.body is not None and b"content-type" not in names:
        headers.append(_JSON_TYPE)
    return _Answer(reply.status, headers, body)


def _json(value: Any, status: int = 200) -> _Answer:
    return _render(Reply(status, value))


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


async def _read_body(receive: Receive) -> bytes:
    """The whole request body (what ``Request.body()`` does, without its stream machinery)."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
