"""The vendor-neutral mock engine: routes from a spec, every request and response checked against it.

A vendor module subclasses :class:`VendorMock` with what a spec cannot say (auth, state, error envelope) and one
handler per ``operationId``. :class:`MockServer` turns it into an ASGI app with a control surface under
``/__mock__/``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from switchboard.spec import Operation, Spec, Violation, decode_body, group_pairs, media_type

log = logging.getLogger("switchboard.mock")

CONTROL_PREFIX = "/__mock__"
#: Header values never written to the journal.
_REDACTED_HEADERS = {"authorization", "x-access-token", "api-key", "cookie"}


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

    def encoded(self) -> bytes:
        return b"" if self.body is None else json.dumps(self.body).encode()


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    operation: Operation
    path_params: dict[str, str]
    query: dict[str, list[str]]
    headers: Headers
    body: Any
    principal: Any = None

    def query_value(self, name: str, default: Any = None) -> Any:
        values = self.query.get(name)
        return values[-1] if values else default


class VendorMock:
    """What one vendor adds to the engine. Subclasses set ``spec_name``, ``handlers`` and ``default_settings``."""

    spec_name: ClassVar[str]
    #: operationId -> method name of the subclass.
    handlers: ClassVar[dict[str, str]]
    #: Every setting the mock knows (credentials it accepts, token lifetimes), with its default.
    default_settings: ClassVar[dict[str, str]] = {}
    #: The settings that are, under the same names, keyword arguments of ``switchboard.<vendor>.make_client``:
    #: what a client needs to authenticate against this mock (the pytest plugin builds clients from them).
    client_settings: ClassVar[tuple[str, ...]] = ()

    def __init__(self, clock: MockClock, settings: Mapping[str, str] | None = None) -> None:
        self.clock = clock
        self.settings = {**self.default_settings, **(settings or {})}
        self.reset()

    def reset(self) -> None:
        """Forget all state: issued credentials and resources."""
        self.reset_auth()
        self.reset_resources()

    def reset_auth(self) -> None:
        """Forget issued tokens."""

    def reset_resources(self) -> None:
        """Forget stored resources (messages, subscriptions, ...), keeping issued tokens valid."""

    def authenticate(self, call: Call) -> Any:
        """Return the caller's principal, or a :class:`Reply` refusing the request."""
        raise NotImplementedError

    def error(self, status: int, message: str) -> Reply:
        """The vendor's error envelope for ``status``."""
        return Reply(status, {"code": status, "message": message})

    def secrets(self) -> list[str]:
        """Credentials this mock accepts; no response may contain one."""
        return []

    def client_kwargs(self) -> dict[str, str]:
        """Keyword arguments for ``switchboard.<vendor>.make_client(base_url, **kwargs)`` that this mock accepts."""
        return {name: self.settings[name] for name in self.client_settings}


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


class MockServer:
    """An ASGI app serving ``vendor`` per its spec.

    Control surface (JSON):

    - ``POST /__mock__/reset``: forget state, journal and faults (``{"keep_auth": true}`` keeps tokens valid);
    - ``GET /__mock__/journal``: the requests received (credentials redacted);
    - ``POST /__mock__/faults``: ``{"operation", "status", "retry_after", "latency", "drop", "times", "probability"}``;
      ``DELETE /__mock__/faults`` clears them;
    - ``POST /__mock__/clock``: ``{"advance": seconds}`` moves the clock (tokens expire);
    - ``GET /__mock__/openapi.yaml``: the spec this mock serves.

    A response that breaks the spec is a bug of the mock or the spec: it is logged, kept in ``spec_violations`` and
    turned into a 500 so that fuzzing sees it.
    """

    def __init__(
        self, vendor_cls: type[VendorMock], *, clock: MockClock | None = None, settings: Mapping[str, str] | None = None
    ) -> None:
        self.spec = Spec.load(vendor_cls.spec_name)
        self.base_path = self.spec.base_path
        self.clock = clock or MockClock()
        self.vendor = vendor_cls(self.clock, settings)
        self.journal: list[dict[str, Any]] = []
        self.faults: list[Fault] = []
        self.spec_violations: list[str] = []
        self._random = random.Random(0)
        self._handlers = {op_id: getattr(self.vendor, name) for op_id, name in vendor_cls.handlers.items()}
        missing = set(self.spec.by_id) - set(self._handlers)
        if missing:
            raise TypeError(f"{vendor_cls.__name__} has no handler for {', '.join(sorted(missing))}")

    def reset(self, *, keep_auth: bool = False) -> None:
        """Back to a fresh start; with ``keep_auth`` issued tokens stay valid."""
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
        body = await request.body()
        response: Response | None
        if request.url.path.startswith(CONTROL_PREFIX):
            response = self._control(request, body)
        else:
            response = await self._serve(request, body)
        if response is None:  # a dropped connection: start a response and stop halfway
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
            await send({"type": "http.response.body", "body": b'{"truncated', "more_body": True})
            raise ConnectionAbortedError("fault injection: connection dropped")
        await response(scope, receive, send)

    async def _serve(self, request: Request, body: bytes) -> Response | None:
        # Served under the base path of the spec's first server, as the vendor does (/ns-api/v2/...).
        path = Spec.relative(request.url.path, self.base_path)
        if path is None:
            outside = f"no such path: {request.url.path} (the API lives under {self.base_path})"
            return _render(self.vendor.error(404, outside))
        matched = self.spec.match(request.method, path)
        entry: dict[str, Any] = {
            "method": request.method,
            "path": path,
            "query": _redact_query(request.url.query),
            "headers": {k: ("<redacted>" if k in _REDACTED_HEADERS else v) for k, v in request.headers.items()},
            "time": self.clock(),
        }
        self.journal.append(entry)
        if matched is None:
            allowed = self.spec.allowed_methods(path)
            if allowed:
                reply = self.vendor.error(405, f"{request.method} is not allowed on {path}")
                reply.headers["Allow"] = ", ".join(allowed)
            else:
                reply = self.vendor.error(404, f"no such path: {path}")
            entry["status"] = reply.status
            return _render(reply)
        operation, path_params = matched
        entry["operation"] = operation.operation_id
        fault = self._take_fault(operation.operation_id)
        if fault is not None:
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop:
                entry["status"] = "dropped"
                return None
            if fault.status is not None:
                reply = self.vendor.error(fault.status, "fault injected by the control surface")
                if fault.retry_after is not None:
                    reply.headers["Retry-After"] = f"{fault.retry_after:g}"
                entry["status"] = reply.status
                return _render(reply)
        reply = self._dispatch(operation, path_params, request, body)
        entry["status"] = reply.status
        content = reply.encoded()
        violations = self._check_reply(operation, reply, content)
        if violations:
            text = f"{operation.operation_id} answered {reply.status} against its spec: {violations[0]}"
            log.error("%s", text)
            self.spec_violations.append(text)
            return _render(self.vendor.error(500, f"mock bug: {text}"))
        return _render(reply, content)

    def _dispatch(self, operation: Operation, path_params: dict[str, str], request: Request, body: bytes) -> Reply:
        pairs = parse_qsl(request.url.query, keep_blank_values=True)
        call = Call(operation, path_params, group_pairs(pairs), request.headers, None)
        if _effective_security(operation):
            principal = self.vendor.authenticate(call)
            if isinstance(principal, Reply):
                return principal
            call.principal = principal
        violations = operation.check_request(path_params, pairs, request.headers, body)
        if violations:
            return self.vendor.error(400, "; ".join(str(v) for v in violations[:3]))
        content_type = media_type(request.headers.get("content-type"))
        if body and content_type in operation.request_bodies:
            call.body, _ = decode_body(content_type, body, operation.request_bodies[content_type])
        return self._handlers[operation.operation_id](call)  # type: ignore[no-any-return]

    def _check_reply(self, operation: Operation, reply: Reply, body: bytes) -> list[Violation]:
        headers = {"content-type": "application/json"} if reply.body is not None else {}
        found = operation.check_response(reply.status, headers, body)
        leaked = [s for s in self.vendor.secrets() if s and s.encode() in body]
        if leaked:
            found.append(Violation("body", "", "secret", "the response contains a credential"))
        return found

    def _take_fault(self, operation_id: str) -> Fault | None:
        for fault in self.faults:
            if fault.operation in ("*", operation_id) and fault.times > 0:
                if fault.probability < 1.0 and self._random.random() >= fault.probability:
                    continue
                fault.times -= 1
                return fault
        return None

    def _control(self, request: Request, body: bytes) -> Response:
        action = (request.method, request.url.path.removeprefix(CONTROL_PREFIX))
        try:
            payload = json.loads(body) if body else {}
            if action == ("POST", "/reset"):
                self.reset(keep_auth=bool(payload.get("keep_auth", False)))
                return _json({"reset": True})
            if action == ("GET", "/journal"):
                return _json(self.journal)
            if action == ("POST", "/faults"):
                fault = Fault(**payload)
                self.faults.append(fault)
                return _json(asdict(fault), 201)
            if action == ("DELETE", "/faults"):
                self.faults.clear()
                return _json({"faults": []})
            if action == ("POST", "/clock"):
                self.clock.advance(float(payload["advance"]))
                return _json({"now": self.clock()})
            if action == ("GET", "/openapi.yaml"):
                assert self.spec.path is not None  # Spec.load always reads a file
                return Response(self.spec.path.read_text(), media_type="application/yaml")
        except (ValueError, TypeError, KeyError) as exc:
            return _json({"error": f"bad control request: {exc}"}, 400)
        return _json({"error": f"no control action {action[0]} {action[1]}"}, 404)


def _effective_security(operation: Operation) -> bool:
    return any(requirement for requirement in operation.security)


def _render(reply: Reply, content: bytes | None = None) -> Response:
    """The HTTP response of ``reply``; ``content`` is its body when already encoded."""
    if reply.body is None:
        return Response(status_code=reply.status, headers=reply.headers)
    encoded = reply.encoded() if content is None else content
    return Response(encoded, status_code=reply.status, headers=reply.headers, media_type="application/json")


def _json(value: Any, status: int = 200) -> Response:
    return _render(Reply(status, value))


def _redact_query(query: str) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    return "&".join(f"{k}={'<redacted>' if k in ('key', 'token', 'access_token') else v}" for k, v in pairs)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
