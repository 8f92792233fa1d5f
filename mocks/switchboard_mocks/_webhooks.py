"""Webhook posts from a mock to a user's receiver: due on the mock clock, retried until acknowledged, journaled."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._engine import MockClock

log = logging.getLogger("switchboard.mock")

#: Seconds (mock clock) before each retry of an unacknowledged post; after the last, the post is given up.
DEFAULT_RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0)
#: The hosts a mock posts webhooks to unless its ``webhook_hosts`` setting says otherwise: a fuzzed URL in a
#: request never makes a mock reach beyond the machine.
LOOPBACK_HOSTS = "127.0.0.1,localhost,::1"
#: How much of a receiver's answer the journal keeps.
ANSWER_LIMIT = 200


def host_allowed(url: str, hosts: str) -> bool:
    """Whether ``url`` is http(s) to one of ``hosts`` (comma-separated; ``*`` allows any host)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    allowed = {h.strip().lower().strip("[]") for h in hosts.split(",") if h.strip()}
    return "*" in allowed or host.lower() in allowed


def parse_delays(text: str) -> tuple[float, ...]:
    """Retry delays from a setting such as ``"1,2,4,8"`` (empty: no retry); ValueError if one is not a number >= 0."""
    delays = tuple(float(part) for part in text.split(",") if part.strip())
    if any(not 0 <= delay < float("inf") for delay in delays):
        raise ValueError("retry delays must be numbers of seconds >= 0")
    return delays


def _journal_url(url: str) -> str:
    """``url`` without its query (a receiver URL may carry a token in it)."""
    parts = urlsplit(url)
    return parts._replace(query="<redacted>" if parts.query else "", fragment="").geturl()


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
    #: Called after each attempt with whether it was acknowledged (a vendor mock's post counters).
    on_result: Callable[[bool], None] | None = None
    due: float = 0.0
    attempts: int = 0
    #: ``pending``, ``acknowledged`` or ``given up``.
    state: str = "pending"


class WebhookSender:
    """Posts webhook deliveries of a mock from a background thread.

    A delivery is due at once; one that is not acknowledged (a connection error, a timeout, an answer that
    ``acknowledged`` refuses) is posted again after each of ``retry_delays`` on the mock clock, so a test that
    advances the clock sees the retries at once. ``record`` receives a journal entry per attempt. The thread starts
    with :meth:`start` (or the first :meth:`send`), polls every ``poll_interval`` seconds and ends when nothing is
    pending and ``tick`` (if any) answers that nothing more can become due.
    """

    def __init__(
        self,
        clock: MockClock,
        record: Callable[[dict[str, Any]], None],
        *,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        timeout: float = 5.0,
        poll_interval: float = 0.02,
        tick: Callable[[], bool | None] | None = None,
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
        self._halt = threading.Event()
        #: Counts the calls of :meth:`start`: a thread about to end sees one that came during its last round.
        self._kicks = 0

    def send(
        self,
        webhook: str,
        url: str,
        payload: Any,
        *,
        event_ids: Sequence[str] = (),
        acknowledged: Callable[[httpx.Response, Any], bool] = answered_2xx,
        headers: dict[str, str] | None = None,
        on_result: Callable[[bool], None] | None = None,
    ) -> Delivery:
        """Queue a post of ``payload`` to ``url``, due now."""
        delivery = Delivery(
            webhook, url, payload, list(event_ids), acknowledged, dict(headers or {}), on_result, self.clock()
        )
        with self._lock:
            self.deliveries.append(delivery)
        self.start()
        self._wake.set()
        return delivery

    def start(self) -> None:
        """Start the delivery thread unless it runs; it ends by itself once nothing is pending or can become due."""
        with self._lock:
            self._kicks += 1
            if self._thread is None:
                self._halt = threading.Event()
                self._thread = threading.Thread(
                    target=self._run, args=(self._halt,), name="switchboard-mock-webhooks", daemon=True
                )
                self._thread.start()

    @property
    def running(self) -> bool:
        """Whether the delivery thread runs."""
        return self._thread is not None

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the delivery thread (deliveries still pending stay queued; :meth:`start` resumes)."""
        with self._lock:
            thread, self._thread = self._thread, None
            self._halt.set()
        self._wake.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

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
        with self._lock:  # what is done is in the journal: a long-running mock keeps only what is pending
            self.deliveries = [d for d in self.deliveries if d.state == "pending"]
        return len(due)

    def _attempt(self, client: httpx.Client, delivery: Delivery) -> None:
        delivery.attempts += 1
        entry: dict[str, Any] = {
            "direction": "outbound",
            "method": "POST",
            "webhook": delivery.webhook,
            "url": _journal_url(delivery.url),
            "events": delivery.event_ids,
            "attempt": delivery.attempts,
            "time": self.clock(),
        }
        try:
            headers = {"content-type": "application/json", **delivery.headers}
            response = client.post(delivery.url, content=json.dumps(delivery.payload).encode(), headers=headers)
            entry["status"] = response.status_code
            entry["answer"] = response.text[:ANSWER_LIMIT]
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
        entry["delivery"] = delivery.state
        self.record(entry)
        if delivery.on_result is not None:
            delivery.on_result(ok)

    def _run(self, halt: threading.Event) -> None:
        while not halt.is_set():
            self._wake.wait(self.poll_interval)
            self._wake.clear()
            if halt.is_set():
                return
            with self._lock:
                kicks = self._kicks
            try:
                # The tick answers whether more can become due later (a message whose next state is to come).
                busy = bool(self.tick()) if self.tick is not None else False
                self.pump()
            except Exception:  # a receiver's bad answer or a mock bug must not stop the delivery thread
                log.exception("webhook delivery round failed")
                busy = True
            with self._lock:
                idle = not busy and kicks == self._kicks and all(d.state != "pending" for d in self.deliveries)
                if idle and self._thread is threading.current_thread():
                    self._thread = None  # a later start() begins a new thread
                    return
