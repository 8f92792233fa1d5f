"""Webhook posts from a mock to a user's receiver: due on the mock clock, retried until acknowledged, journaled."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._engine import MockClock

#: Seconds (mock clock) before each retry of an unacknowledged post; after the last, the post is given up.
DEFAULT_RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0)


def answered_2xx(response: httpx.Response, payload: Any) -> bool:
    """The usual acknowledgement: any 2xx answer."""
    return response.is_success


@dataclass
class Delivery:
    """One webhook post and where it stands."""

    webhook: str
    url: str
    payload: Any
    event_ids: list[str]
    acknowledged: Callable[[httpx.Response, Any], bool]
    headers: dict[str, str] = field(default_factory=dict)
    due: float = 0.0
    attempts: int = 0
    #: ``pending``, ``acknowledged`` or ``given up``.
    state: str = "pending"


class WebhookSender:
    """Posts webhook deliveries of a mock from a background thread.

    A delivery is due at once; one that is not acknowledged (a connection error, a timeout, an answer that
    ``acknowledged`` refuses) is posted again after each of ``retry_delays`` on the mock clock, so a test that
    advances the clock sees the retries at once. ``record`` receives a journal entry per attempt. The thread starts
    with :meth:`start` (or the first :meth:`send`) and polls every ``poll_interval`` seconds.
    """

    def __init__(
        self,
        clock: MockClock,
        record: Callable[[dict[str, Any]], None],
        *,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        timeout: float = 5.0,
        poll_interval: float = 0.02,
        tick: Callable[[], None] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.clock = clock
        self.record = record
        self.retry_delays = tuple(retry_delays)
        self.timeout = timeout
        self.poll_interval = poll_interval
        #: Called before each round: the vendor mock queues what became due on its clock (DLR state changes).
        self.tick = tick
        self.transport = transport
        self.deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def send(
        self,
        webhook: str,
        url: str,
        payload: Any,
        *,
        event_ids: Sequence[str] = (),
        acknowledged: Callable[[httpx.Response, Any], bool] = answered_2xx,
        headers: dict[str, str] | None = None,
    ) -> Delivery:
        """Queue a post of ``payload`` to ``url``, due now."""
        delivery = Delivery(webhook, url, payload, list(event_ids), acknowledged, dict(headers or {}), self.clock())
        with self._lock:
            self.deliveries.append(delivery)
        self.start()
        self._wake.set()
        return delivery

    def start(self) -> None:
        """Start the delivery thread, once."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="switchboard-mock-webhooks", daemon=True)
                self._thread.start()

    def pending(self) -> list[Delivery]:
        """Deliveries not yet acknowledged nor given up."""
        with self._lock:
            return [d for d in self.deliveries if d.state == "pending"]

    def clear(self) -> None:
        """Forget every delivery (a mock reset)."""
        with self._lock:
            self.deliveries.clear()

    def pump(self) -> int:
        """Post every delivery that is due on the mock clock; return how many posts were made."""
        now = self.clock()
        due = [d for d in self.pending() if d.due <= now]
        if not due:
            return 0
        with httpx.Client(timeout=self.timeout, transport=self.transport) as client:
            for delivery in due:
                self._attempt(client, delivery)
        return len(due)

    def _attempt(self, client: httpx.Client, delivery: Delivery) -> None:
        delivery.attempts += 1
        entry: dict[str, Any] = {
            "direction": "outbound",
            "method": "POST",
            "webhook": delivery.webhook,
            "url": delivery.url,
            "events": delivery.event_ids,
            "attempt": delivery.attempts,
            "time": self.clock(),
        }
        try:
            headers = {"content-type": "application/json", **delivery.headers}
            response = client.post(delivery.url, content=json.dumps(delivery.payload).encode(), headers=headers)
            entry["status"] = response.status_code
            ok = delivery.acknowledged(response, delivery.payload)
        except httpx.HTTPError as error:
            entry["status"] = None
            entry["error"] = type(error).__name__
            ok = False
        entry["acknowledged"] = ok
        if ok:
            delivery.state = "acknowledged"
        elif delivery.attempts > len(self.retry_delays):
            delivery.state = "given up"
        else:
            delivery.due = self.clock() + self.retry_delays[delivery.attempts - 1]
        self.record(entry)

    def _run(self) -> None:
        while True:
            self._wake.wait(self.poll_interval)
            self._wake.clear()
            try:
                if self.tick is not None:
                    self.tick()
                self.pump()
            except Exception:  # noqa: S112 (a receiver's bad answer must not stop the delivery thread)
                continue
