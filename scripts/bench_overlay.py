"""What the overlay costs for a read and a send of every vendor, and whether its token fetch is single flight.

    python scripts/bench_overlay.py [--rounds N] [--calls N] [--vendor NAME ...] [--no-loopback]

Overhead: each call of :data:`VENDORS` through four clients:

- raw: ``httpx.Client`` sending the request the generated code builds (built once, before timing), body parsed;
- bare: the generated ``Client`` with a fixed credential where the vendor expects it (a Bearer header for Netsapiens
  and TingTing, as ``AuthenticatedClient`` would put it; ``X-Access-Token`` for Gatum; the ``key`` query parameter
  for Kandy; ``Api-Key`` and ``Client-Id`` for PassInfo), no hooks: the generated code alone;
- overlay: ``switchboard.<vendor>.make_client`` (token auth, validation, typed errors, retries);
- stock: the same client on an httpx client with httpx's own cookie jar, which reads every answer as the bare
  client's does: what switchboard's own work costs, without what its cookie jar saves (see ``switchboard._httpx``).

In process, an ``httpx.MockTransport`` answers canned bytes, the token endpoints included (the warm-up fetches the
token), so only client code runs, and it is timed in the process's CPU time (a busy machine slows it less than the
wall clock); over loopback (Netsapiens only) the mock runs in its own process, on the wall clock. The variants take
turns within every round, with the garbage collector paused while one is timed (as ``timeit`` does); the figure is
the median over rounds of the mean per call.

Single flight: 1,000 asyncio tasks, then 50 threads, start together on an expired token; the figure is the number of
token requests that reach the (scripted) token endpoint.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import dataclasses
import functools
import gc
import importlib
import json
import statistics
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx

VARIANTS = ("raw", "bare", "overlay", "stock")
SESSION = "bench_session_0123456789abcdefghij"
#: Far ahead (2100-01-01, epoch seconds): the tokens of the canned vendors outlive any run.
FAR = 4_102_444_800


def _jwt(kind: str) -> str:
    """A compact JWT of ``kind`` (access, refresh) that TingTing's auth reads as living a day, until far ahead."""
    parts = ({"alg": "HS256", "typ": "JWT"}, {"token_type": kind, "exp": FAR, "iat": FAR - 86_400, "user_id": 1})
    encoded = (base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode() for part in parts)
    return ".".join([*encoded, "c2lnbmF0dXJl"])


@dataclass(frozen=True)
class Call:
    """One operation as the bench calls it (``<vendor>_client.api.<function>.sync_detailed(**arguments)``) and the
    success answer the canned vendor gives, which the generated code parses into ``model``."""

    function: str
    arguments: dict[str, Any]
    answer: Any
    model: str
    status: int = 200
    #: The ``body`` argument: a model of ``<vendor>_client.models`` and its wire form (a list for a list of them).
    body: tuple[str, Any] | None = None

    @property
    def name(self) -> str:
        """The operation id (the generated module's name)."""
        return self.function.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class Vendor:
    """A vendor as the bench sees it: ``make_client``'s credentials, the canned token answers, where the bare client
    puts its fixed credential, and a read (a GET) and a send (a POST)."""

    name: str
    base_url: str
    credentials: dict[str, Any]
    #: Path ending of each token endpoint -> its answer.
    tokens: dict[str, Any]
    #: The credential a request carries (the token the canned token endpoint issues, or the static key).
    token: str
    #: ``httpx.Client`` arguments that put ``token`` where the vendor expects it (``headers``, ``params``).
    bare_auth: Callable[[str], dict[str, dict[str, str]]]
    read: Call
    send: Call

    @property
    def calls(self) -> tuple[Call, Call]:
        return (self.read, self.send)


def _bearer(token: str) -> dict[str, dict[str, str]]:
    return {"headers": {"Authorization": f"Bearer {token}"}}


NETSAPIENS = Vendor(
    "netsapiens",
    "http://bench.invalid/ns-api/v2",
    {"client_id": "bench", "client_secret": "bench-client-secret", "username": "1000@example.com", "password": "pw"},
    {"/tokens": {"access_token": "bench-access", "token_type": "Bearer", "expires_in": 86400, "refresh_token": "r"}},
    "bench-access",
    _bearer,
    read=Call(
        "subscriptions.read_subscription",
        {"id": "0123456789abcdef0123456789abcdef"},
        {
            "id": "0123456789abcdef0123456789abcdef",
            "model": "message",
            "post-url": "https://h.example.com/ns",
            "subscription-geo-support": "yes",
            "user-scope": "Basic User",
            "reseller": "*",
            "domain": "*",
            "user": "*",
            "status": "active",
            "error-count": 0,
            "posts-count": 0,
            "subscription-creation-datetime": "2026-01-01 00:00:00",
            "subscription-expires-datetime": "2026-01-01 01:00:00",
        },
        "Subscription",
    ),
    send=Call(
        "messages.send_message_in_session",
        {"domain": "~", "user": "~", "messagesession": SESSION},
        {"code": 202, "message": "Accepted"},
        "AcceptedResponse",
        202,
        (
            "MessageSend",
            {"type": "sms", "message": "bench", "destination": ["15551230000"], "from-number": "15550000000"},
        ),
    ),
)
GATUM = Vendor(
    "gatum",
    "http://bench.invalid/v1",
    {"username": "bench", "password": "bench-password"},
    {
        "/authorize": {"status": True, "data": {"authorization_code": "yVXioNIjeEXcX463xitJR-tLy2eM6tc7"}},
        "/accesstoken": {"status": True, "data": {"access_token": "8ag3bL6zS-8XNWl8_Helb-s0lUQaQh", "expires_at": FAR}},
    },
    "8ag3bL6zS-8XNWl8_Helb-s0lUQaQh",
    lambda token: {"headers": {"X-Access-Token": token}},
    read=Call(
        "account.get_account_info",
        {},
        {
            "status": True,
            "data": {
                "login": "bench",
                "name": "Switchboard Bench",
                "company_name": "Switchboard",
                "e_mail": "bench@example.com",
                "phone": "380000000000",
                "currency": "EUR",
                "balance_units": 100.0,
                "balance_limit": 0.0,
                "balance_daily_block": False,
                "block": False,
                "can_send_bulk": True,
                "can_send_restapi": True,
                "confirmed": 1,
                "id_subparent": 1,
                "finance": {},
            },
        },
        "AccountInfoResponse",
    ),
    send=Call(
        "sms.send_sms",
        {},
        {"status": True, "data": [{"sending": {"details": {"number": ["380957225759"], "senderID": "Verify"}}}]},
        "SendSmsResponse",
        body=("SmsMessage", [{"number": ["380957225759"], "senderID": "Verify", "text": "bench"}]),
    ),
)
KANDY = Vendor(
    "kandy",
    "http://bench.invalid/v1.2",
    {"domain_api_key": "3c5e7a9b1d2f4e6a8b0c2d4e6f8a0b1c", "domain_api_secret": "bench-secret", "user_id": "alice"},
    {
        "/domains/users/accesstokens": {
            "status": 0,
            "message": "success",
            "result": {"user_access_token": "UATbae53ab2bd9400bfdbbac9ab8e17573c"},
        }
    },
    "UATbae53ab2bd9400bfdbbac9ab8e17573c",
    lambda token: {"params": {"key": token}},
    read=Call(
        "user.get_devices",
        {},
        {
            "status": 0,
            "message": "success",
            "result": {"devices": [{"device_id": "4d405f6dfd9842a981a90daaf0da08fa", "device_name": "bench"}]},
        },
        "DeviceListEnvelope",
    ),
    send=Call(
        "device.send_sms",
        {"device_id": "4d405f6dfd9842a981a90daaf0da08fa"},
        {"status": 0, "message": "success"},
        "StatusEnvelope",
        body=(
            "SendSmsRequest",
            {"message": {"source": "+14055671234", "destination": "+14055675678", "message": {"text": "bench"}}},
        ),
    ),
)
_TINGTING_ACCESS = _jwt("access")
TINGTING = Vendor(
    "tingting",
    "http://bench.invalid/api",
    {"email": "bench@example.com", "password": "bench-password"},
    {
        "/accounts/login/": {
            "status": 200,
            "success": True,
            "message": "Successfully logged in",
            "errors": [],
            "data": {
                "token": {
                    "access": _TINGTING_ACCESS,
                    "refresh": _jwt("refresh"),
                }
            },
        }
    },
    _TINGTING_ACCESS,
    _bearer,
    read=Call(
        "auth.get_user_details",
        {},
        {
            "status": 200,
            "success": True,
            "message": None,
            "errors": [],
            "data": {
                "user_details": {
                    "first_name": "Switch",
                    "last_name": "Board",
                    "email": "bench@example.com",
                    "username": "bench",
                    "is_verified_email": True,
                    "contact_number": "9800000000",
                    "is_verified_phone": True,
                    "address": "Kathmandu",
                }
            },
        },
        "UserDetailsResponse",
    ),
    send=Call(
        "otp.send_otp",
        {},
        {
            "status": 200,
            "success": True,
            "message": "OTP Sent Successfully.",
            "errors": [],
            "data": {
                "details": {
                    "number": "9841000010",
                    "otp_options": "generated",
                    "message": "Code 6 6 0 4",
                    "otp": "6604",
                    "sms_send_options": "text",
                }
            },
        },
        "OtpSentResponse",
        body=("SendOtpRequest", {"number": "9841000010", "message": "Code {otp}", "sms_send_options": "text"}),
    ),
)
PASSINFO = Vendor(
    "passinfo",
    "http://bench.invalid/v1",
    {"api_key": "bench-passinfo-key", "client_id": "1001"},
    {},
    "bench-passinfo-key",
    lambda key: {"headers": {"Api-Key": key, "Client-Id": "1001"}},
    read=Call("account.get_sms_count", {}, {"solde": 1000}, "SmsBalance"),
    send=Call(
        "messages.send_message",
        {},
        {"status": "success", "message": "m1", "message_id": "m1"},
        "SendMessageResult",
        body=("SingleMessageRequest", {"message": "bench", "contact": "622000001", "senderName": "Switchboard"}),
    ),
)
VENDORS = {vendor.name: vendor for vendor in (NETSAPIENS, GATUM, KANDY, TINGTING, PASSINFO)}


@dataclass
class Overhead:
    """Median microseconds per call of each variant for one operation and one transport."""

    vendor: str
    operation: str
    where: str
    raw: float
    bare: float
    overlay: float
    #: ``make_client`` on httpx's own cookie jar: switchboard's own work.
    stock: float


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def answers(vendor: Vendor) -> Callable[[httpx.Request], httpx.Response]:
    """The vendor in process: its token endpoints, then the read (a GET) and the send, each a canned answer."""
    content_type = {"Content-Type": "application/json"}
    tokens = {ending: json.dumps(answer).encode() for ending, answer in vendor.tokens.items()}
    read, send = ((call.status, json.dumps(call.answer).encode()) for call in vendor.calls)

    def answer(request: httpx.Request) -> httpx.Response:
        for ending, token in tokens.items():
            if request.url.path.endswith(ending):
                return httpx.Response(200, content=token, headers=content_type)
        status, content = read if request.method == "GET" else send
        return httpx.Response(status, content=content, headers=content_type)

    return answer


def operation(vendor: Vendor, call: Call) -> Any:
    """The generated module of ``call`` (``sync_detailed``, ``_get_kwargs``)."""
    return importlib.import_module(f"{vendor.name}_client.api.{call.function}")


def arguments(vendor: Vendor, call: Call) -> dict[str, Any]:
    """The keyword arguments of ``call``'s ``sync_detailed``, ``client`` aside (its body built from the wire form)."""
    if call.body is None:
        return dict(call.arguments)
    name, wire = call.body
    model = getattr(importlib.import_module(f"{vendor.name}_client.models"), name)
    body = [model.from_dict(item) for item in wire] if isinstance(wire, list) else model.from_dict(wire)
    return {**call.arguments, "body": body}


def clients(
    vendor: Vendor,
    *,
    base_url: str | None = None,
    token: str | None = None,
    credentials: dict[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> dict[str, Any]:
    """variant -> its client: raw httpx, the bare generated client, ``make_client`` and ``make_client`` on httpx's
    own cookie jar (against ``transport``, or the network without one)."""
    from switchboard._httpx import HttpxClient, httpx_settings

    class StockCookies(HttpxClient):
        cookies = httpx.Client.cookies  # httpx's own: every answer goes to the jar

    base_url = base_url or vendor.base_url
    extra: dict[str, Any] = {"transport": transport} if transport else {}
    auth = vendor.bare_auth(token or vendor.token)
    generated = importlib.import_module(f"{vendor.name}_client")
    overlay = importlib.import_module(f"switchboard.{vendor.name}").make_client(
        base_url, **(credentials or vendor.credentials), **extra
    )
    stock = overlay.with_headers({})  # the same client (auth, token), its own httpx client
    stock.set_httpx_client(StockCookies(**httpx_settings(stock)))
    return {
        "raw": httpx.Client(base_url=base_url, headers=auth.get("headers"), params=auth.get("params"), **extra),
        "bare": generated.Client(
            base_url=base_url, headers=auth.get("headers", {}), httpx_args={"params": auth.get("params", {}), **extra}
        ),
        "overlay": overlay,
        "stock": stock,
    }


def variants(vendor: Vendor, call: Call, made: dict[str, Any]) -> dict[str, Callable[[], object]]:
    """variant -> one call of ``call`` through the client ``made`` holds for it."""
    module, kwargs = operation(vendor, call), arguments(vendor, call)
    request = module._get_kwargs(**kwargs)  # what raw httpx sends: the generated request, built once
    raw, sync_detailed = made["raw"], module.sync_detailed
    found: dict[str, Callable[[], object]] = {"raw": lambda: raw.request(**request).json()}
    for name in VARIANTS[1:]:
        found[name] = functools.partial(sync_detailed, client=made[name], **kwargs)
    return found


def _timed(call: Callable[[], object], calls: int, clock: Callable[[], float] = time.perf_counter) -> float:
    gc.collect()
    gc.disable()
    try:
        start = clock()
        for _ in range(calls):
            call()
        return (clock() - start) / calls * 1e6
    finally:
        gc.enable()


def measure(
    timed: dict[str, Callable[[], object]], rounds: int, calls: int, clock: Callable[[], float]
) -> dict[str, float]:
    """Interleaved rounds: every round times each variant once, in a rotating order; the median per variant."""
    names = list(timed)
    for name in names:  # warm up: imports, the first token, connection pools
        _timed(timed[name], max(10, calls // 10), clock)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds):
        for name in names[number % len(names) :] + names[: number % len(names)]:
            samples[name].append(_timed(timed[name], calls, clock))
    return {name: statistics.median(values) for name, values in samples.items()}


def measure_overhead(
    vendor: Vendor, where: str, made: dict[str, Any], rounds: int, calls: int, clock: Callable[[], float]
) -> list[Overhead]:
    """The read and the send of ``vendor`` through the clients ``made``, timed on ``clock``."""
    results = []
    for call in vendor.calls:
        found = measure(variants(vendor, call, made), rounds, calls, clock)
        what = f"{'read' if call is vendor.read else 'send'} {call.name}"
        results.append(Overhead(vendor.name, what, where, *(found[v] for v in VARIANTS)))
    return results


def in_process(rounds: int, calls: int, vendors: list[str] | None = None) -> list[Overhead]:
    """Every vendor's read and send against its canned answers, in CPU time: all of it is client code, and what else
    the machine runs does not count."""
    results = []
    for name in vendors or VENDORS:
        vendor = VENDORS[name]
        made = clients(vendor, transport=httpx.MockTransport(answers(vendor)))
        results += measure_overhead(vendor, "in-process", made, rounds, calls, time.process_time)
    return results


def over_loopback(rounds: int, calls: int) -> list[Overhead]:
    """Netsapiens' read and send against ``switchboard-mock netsapiens`` in its own process."""
    from bench_load import BASE_PATH, free_port, mock_token, prepare_mock, running

    from switchboard_mocks.netsapiens import DEFAULT_SETTINGS

    port = free_port()
    command = [sys.executable, "-m", "switchboard_mocks", "netsapiens", "--port", str(port), "--log-level", "warning"]
    command += ["--credential", "token_ttl=86400"]
    url = f"http://127.0.0.1:{port}"
    with running(command, f"{url}/__mock__/journal?limit=1"):
        token = mock_token(url)
        subscription = prepare_mock(url, token)
        credentials = {name: DEFAULT_SETTINGS[name] for name in NETSAPIENS.credentials}
        made = clients(NETSAPIENS, base_url=f"{url}{BASE_PATH}", token=token, credentials=credentials)
        read = dataclasses.replace(NETSAPIENS.read, arguments={"id": subscription})
        vendor = dataclasses.replace(NETSAPIENS, read=read)
        return measure_overhead(vendor, "loopback", made, rounds, calls, time.perf_counter)  # the mock's time too


def _netsapiens(**options: Any) -> Any:
    from switchboard.netsapiens import make_client

    return make_client(NETSAPIENS.base_url, **NETSAPIENS.credentials, **options)


def single_flight_tasks(tasks: int = 1_000) -> int:
    """Token requests made when ``tasks`` asyncio tasks start together on an expired token."""
    from netsapiens_client.api.subscriptions import read_subscription

    clock = FakeClock()
    token_requests = 0
    canned = answers(NETSAPIENS)

    async def vendor(request: httpx.Request) -> httpx.Response:
        nonlocal token_requests
        if request.url.path.endswith("/tokens"):
            token_requests += 1
            await asyncio.sleep(0.05)  # a slow token endpoint widens any race
        return canned(request)

    client = _netsapiens(clock=clock, async_transport=httpx.MockTransport(vendor))

    async def run() -> int:
        await read_subscription.asyncio_detailed("0" * 32, client=client)
        clock.now += 7 * 86_400  # the token is expired
        before = token_requests
        await asyncio.gather(*(read_subscription.asyncio_detailed("0" * 32, client=client) for _ in range(tasks)))
        return token_requests - before

    return asyncio.run(run())


def single_flight_threads(threads: int = 50) -> int:
    """Token requests made when ``threads`` threads start together on an expired token."""
    from netsapiens_client.api.subscriptions import read_subscription

    clock = FakeClock()
    lock = threading.Lock()
    token_requests = 0
    canned = answers(NETSAPIENS)

    def vendor(request: httpx.Request) -> httpx.Response:
        nonlocal token_requests
        if request.url.path.endswith("/tokens"):
            with lock:
                token_requests += 1
            time.sleep(0.05)
        return canned(request)

    client = _netsapiens(clock=clock, transport=httpx.MockTransport(vendor))
    read_subscription.sync_detailed("0" * 32, client=client)
    clock.now += 7 * 86_400
    before = token_requests
    barrier = threading.Barrier(threads)

    def call(_: int) -> None:
        barrier.wait()
        read_subscription.sync_detailed("0" * 32, client=client)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(call, range(threads)))
    return token_requests - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--vendor", action="append", choices=list(VENDORS), help="only this vendor (repeatable)")
    parser.add_argument("--no-loopback", action="store_true", help="in process only, no single flight")
    args = parser.parse_args()
    rows = in_process(args.rounds, args.calls, args.vendor)
    if not args.no_loopback:
        rows += over_loopback(args.rounds, args.calls // 3)
    for row in rows:
        print(
            f"{row.where:<10} {row.vendor:<10} {row.operation:<32} raw {row.raw:5.0f} us  bare {row.bare:5.0f} us  "
            f"overlay {row.overlay:5.0f} us {row.overlay / row.bare:.2f}x  "
            f"on stock httpx {row.stock:5.0f} us {row.stock / row.bare:.2f}x"
        )
    if not args.no_loopback:
        print(f"single flight: {single_flight_tasks()} token request(s) for 1,000 tasks")
        print(f"single flight: {single_flight_threads()} token request(s) for 50 threads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
