"""Webhook deliveries checked against the spec, turned into typed events, acknowledged, and handed over once."""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, RootModel, ValidationError

from .._errors import SwitchboardError
from .._limits import DEFAULT_MAX_JSON_DEPTH, json_depth_exceeds
from ..spec import JSON, Spec, Violation, _Schema

Event = TypeVar("Event", bound=BaseModel)
#: What a user's callback gets: the new events of one delivery, in the order they came.
Callback = Callable[[list[Event]], "Awaitable[None] | None"]
# The ASGI types as Starlette spells them, so that the app mounts in Starlette and FastAPI under mypy --strict.
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

#: Deliveries larger than this are refused (413) unread: a webhook batch is a few kilobytes.
MAX_BODY = 1_000_000


class WebhookPayloadError(SwitchboardError, ValueError):
    """A webhook delivery breaks the spec: not JSON, or not the payload the webhook documents.

    ``violations`` lists every problem; ``field`` and ``rule`` name the first one.
    """

    def __init__(self, webhook: str, violations: Sequence[Violation]) -> None:
        first = violations[0]
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        super().__init__(f"webhook {webhook}: {first}{more}")
        self.webhook = webhook
        self.violations = list(violations)
        self.field = first.field
        self.rule = first.rule


class Webhook(Generic[Event]):
    """One webhook of a vendor's spec: how to parse a delivery, name its events, and acknowledge it.

    ``payload`` is the generated ``RootModel`` of the delivery (a list of events); ``event_id`` names an event for
    de-duplication; ``acknowledgement`` is the JSON answer to a delivery (``None``: an empty 200). A delivery
    whose JSON nests deeper than ``max_json_depth`` is refused unparsed.
    """

    def __init__(
        self,
        vendor: str,
        name: str,
        payload: type[RootModel[list[Event]]],
        *,
        event_id: Callable[[Event], str] | None = None,
        acknowledgement: Callable[[list[Event]], JSON] | None = None,
        max_json_depth: int | None = DEFAULT_MAX_JSON_DEPTH,
    ) -> None:
        spec = Spec.load(vendor)
        self.max_json_depth = max_json_depth
        operation = spec.document["webhooks"][name]["post"]
        body = spec.resolve(operation["requestBody"])
        self.name = name
        self.operation_id: str = operation.get("operationId", name)
        self.payload = payload
        self._schema = _Schema(body["content"]["application/json"]["schema"], spec.registry)
        self._event_id = event_id or content_id
        self._acknowledgement = acknowledgement

    def parse(self, body: bytes, headers: Mapping[str, str] | None = None) -> list[Event]:
        """The typed events of one delivery; :class:`WebhookPayloadError` if it breaks the spec.

        ``headers`` (any mapping, names case-insensitive) is checked for a JSON content type when it has one.
        """
        content_type = {k.lower(): v for k, v in (headers or {}).items()}.get("content-type", "")
        if content_type and "json" not in content_type.lower():
            raise WebhookPayloadError(self.name, [Violation("header", "content-type", "media type", "not JSON")])
        if json_depth_exceeds(body, self.max_json_depth):
            rule = Violation("body", "", "max_json_depth", f"JSON nested deeper than {self.max_json_depth}")
            raise WebhookPayloadError(self.name, [rule])
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            raise WebhookPayloadError(self.name, [Violation("body", "", "json", "the body is not JSON")]) from None
        try:
            violations = self._schema.violations(data, "payload")
        except (ValueError, RecursionError):  # nesting the validator cannot follow
            raise WebhookPayloadError(self.name, [Violation("body", "", "json", "unreadable nesting")]) from None
        if violations:
            raise WebhookPayloadError(self.name, [_shortened(v) for v in violations])
        try:
            return list(self.payload.model_validate(data).root)
        except ValidationError as error:  # the spec allowed what the generated model does not: say so, typed
            where = ".".join(str(p) for p in error.errors()[0]["loc"])
            raise WebhookPayloadError(self.name, [Violation("payload", where, "model", "unreadable")]) from None

    def event_id(self, event: Event) -> str:
        """The identity of ``event``: a redelivery of the same event has the same id."""
        return self._event_id(event)

    def acknowledgement(self, events: list[Event]) -> JSON:
        """What the vendor expects back for a delivery of ``events`` (``None``: an empty 200)."""
        return self._acknowledgement(events) if self._acknowledgement else None

    def app(self, on_events: Callback[Event], *, remember: int = 10_000) -> WebhookApp[Event]:
        """An ASGI app receiving this webhook: see :class:`WebhookApp`."""
        return WebhookApp(self, on_events, remember=remember)


def content_id(event: BaseModel) -> str:
    """An id from the event's content, for payloads that carry none of their own."""
    canonical = json.dumps(event.model_dump(mode="json", by_alias=True), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


class WebhookApp(Generic[Event]):
    """An ASGI app that receives one webhook: mount it in Starlette, FastAPI or Django (ASGI), or serve it alone.

    Each ``POST`` is parsed (a delivery that breaks the spec gets a 400 and reaches no callback), its events that
    were not handed over before (by id, the last ``remember`` ids; an event twice in a delivery counts once) go to
    ``on_events`` (a plain function runs in a worker thread, a coroutine function is awaited), then the delivery is
    acknowledged in the vendor's format. If the callback raises, the answer is a 500 and the events count as not
    received, so the vendor's redelivery brings them again.

    Example::

        from switchboard.webhooks import gatum

        async def on_reports(reports):
            for report in reports:
                print(report.id_state, report.state)

        app = gatum.delivery_reports.app(on_reports)   # uvicorn module:app, or Starlette Mount("/dlr", app)
    """

    def __init__(self, webhook: Webhook[Event], on_events: Callback[Event], *, remember: int = 10_000) -> None:
        self.webhook = webhook
        self.on_events = on_events
        self.remember = remember
        #: Deliveries answered, by outcome: ``accepted``, ``refused``, ``failed``.
        self.counts = {"accepted": 0, "refused": 0, "failed": 0}
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = asyncio.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _answer(send, 405, {"error": "only POST"}, extra=[(b"allow", b"POST")])
            return
        body = await _read(receive)
        if body is None:
            self.counts["refused"] += 1
            await _answer(send, 413, {"error": f"the delivery is larger than {MAX_BODY} bytes"})
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        try:
            events = self.webhook.parse(body, headers)
        except WebhookPayloadError as error:
            self.counts["refused"] += 1
            await _answer(send, 400, {"error": str(error)[:300]})
            return
        try:
            await self._hand_over(events)
        except Exception:
            self.counts["failed"] += 1
            await _answer(send, 500, {"error": "the receiver's callback failed; deliver again"})
            return
        self.counts["accepted"] += 1
        await _answer(send, 200, self.webhook.acknowledgement(events))

    async def _hand_over(self, events: list[Event]) -> None:
        async with self._lock:  # one delivery at a time: a redelivery racing its original is handed over once
            fresh_by_id: dict[str, Event] = {}
            for event in events:  # an event twice in one delivery is handed over once, where it first came
                fresh_by_id.setdefault(self.webhook.event_id(event), event)
            fresh_ids = [i for i in fresh_by_id if i not in self._seen]
            fresh = [fresh_by_id[i] for i in fresh_ids]
            if fresh and inspect.iscoroutinefunction(self.on_events):
                await self.on_events(fresh)
            elif fresh:
                await asyncio.to_thread(self.on_events, fresh)
            for event_id in fresh_ids:
                self._seen[event_id] = None
            while len(self._seen) > self.remember:
                self._seen.popitem(last=False)


def _shortened(violation: Violation) -> Violation:
    return Violation(violation.location, violation.field, violation.rule, violation.detail[:120])


async def _read(receive: Receive) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _answer(send: Send, status: int, body: JSON, *, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    content = b"" if body is None else json.dumps(body).encode()
    headers = [(b"content-length", str(len(content)).encode()), *(extra or [])]
    if body is not None:
        headers.append((b"content-type", b"application/json"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
