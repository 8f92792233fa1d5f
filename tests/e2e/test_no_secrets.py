"""Every auth flow with DEBUG logging on for everything; no credential in any log line, repr or exception text.

Each vendor is one :class:`AuthFlows` line in ``VENDORS``: the client comes from ``switchboard.<vendor>.make_client``
with the credentials its mock accepts (``VendorMock.client_kwargs``), the flows are driven through the mock's control
surface (clock, reset, faults), and the secrets searched for are the mock's credentials, wrong ones tried on purpose
and every token the client was issued.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from switchboard import RetryPolicy
from switchboard_mocks import RunningMock, create_app, serve

pytestmark = pytest.mark.e2e

LOGGERS = ("", "switchboard", "switchboard_mocks", "httpx", "httpcore", "uvicorn", "uvicorn.error", "uvicorn.access")


@dataclass(frozen=True)
class AuthFlows:
    """What the flows need to know of a vendor: one authenticated call, and the operations that issue tokens."""

    vendor: str
    call: Callable[[Any], object]
    token_operations: tuple[str, ...]


VENDORS = [
    AuthFlows("netsapiens", lambda client: client.subscriptions.list_subscriptions(), ("create_token",)),
    AuthFlows("gatum", lambda client: client.account.get_account_info(), ("create_access_token", "authorize")),
    AuthFlows("kandy", lambda client: client.domain.get_users(), ("get_domain_access_token",)),
    AuthFlows("passinfo", lambda client: client.account.get_sms_count(), ()),
    AuthFlows("tingting", lambda client: client.auth.get_user_details(), ("login", "refresh_token")),
]


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def capture() -> Iterator[Capture]:
    handler = Capture()
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    try:
        yield handler
    finally:
        logging.getLogger().removeHandler(handler)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


@dataclass
class Run:
    """Runs flows, keeping every text a user could see and every secret that must not be in it."""

    mock: RunningMock
    flows: AuthFlows
    texts: list[str] = field(default_factory=list)
    secrets: set[str] = field(default_factory=set)
    outcomes: list[str] = field(default_factory=list)

    def client(self, **changes: str) -> Any:
        make_client = importlib.import_module(f"switchboard.{self.flows.vendor}").make_client
        kwargs = {**self.mock.app.vendor.client_kwargs(), **changes}
        retry = RetryPolicy(initial_delay=0.001, max_delay=0.005)
        return make_client(self.mock.base_url, retry=retry, **kwargs)

    def attempt(self, client: Any, name: str) -> None:
        try:
            if callable(client) and not hasattr(client, "_httpx_args"):
                client = client()  # make_client itself may refuse the credentials
            self.flows.call(client)
            self.outcomes.append(f"{name}: ok")
        except Exception as exc:
            self.outcomes.append(f"{name}: {type(exc).__name__}")
            while exc is not None:
                self.texts.extend([str(exc), repr(exc), *(repr(v) for v in getattr(exc, "violations", []))])
                exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
        if hasattr(client, "_httpx_args"):
            auth = client._httpx_args["auth"]
            self.texts.extend([repr(client), repr(auth), repr(getattr(auth, "grant", None))])
            self.secrets.update(auth.secrets())

    def control(self, method: str, action: str, payload: dict[str, Any] | None = None) -> None:
        httpx.request(method, f"{self.mock.url}/__mock__/{action}", json=payload).raise_for_status()

    def fault(self, **fault: Any) -> None:
        for operation in self.flows.token_operations:
            self.control("POST", "faults", {"operation": operation, **fault})


@pytest.mark.parametrize("flows", VENDORS, ids=[f.vendor for f in VENDORS])
def test_no_secret_in_logs_reprs_or_errors_of_any_auth_flow(flows: AuthFlows, capture: Capture) -> None:
    with serve(create_app(flows.vendor), access_log=True) as mock:
        run = Run(mock, flows)
        run.secrets.update(mock.app.vendor.secrets())
        client = run.client()

        run.attempt(client, "first token")
        run.control("POST", "clock", {"advance": 3_600})
        run.attempt(client, "refresh after expiry")
        run.control("POST", "clock", {"advance": 10_000_000})
        run.attempt(client, "refresh token expired too")
        run.control("POST", "reset")
        run.attempt(client, "401, then a new token")
        for fault in ({"status": 503}, {"status": 429, "retry_after": 0.01}, {"drop": True}):
            run.control("POST", "reset")
            run.fault(**fault)
            run.attempt(client, f"token endpoint fault {fault}, retried")
        run.control("POST", "reset")
        run.fault(status=429, retry_after=0.01, times=3)
        run.attempt(client, "token endpoint rate limit")
        run.control("DELETE", "faults")
        for name, value in mock.app.vendor.client_kwargs().items():
            wrong = f"{value}-wrong" if value else "wrong-value"
            if value in mock.app.vendor.secrets():  # a wrong password is still someone's password
                run.secrets.add(wrong)
            run.attempt(lambda name=name, wrong=wrong: run.client(**{name: wrong}), f"wrong {name}")
            run.attempt(lambda name=name: run.client(**{name: ""}), f"empty {name}")

    texts = run.texts + capture.lines
    print("\n".join(run.outcomes))
    assert any(line.startswith("switchboard DEBUG") for line in capture.lines)
    assert any(line.startswith("httpcore") for line in capture.lines)
    assert sum(outcome.endswith(": ok") for outcome in run.outcomes) >= 5
    if flows.token_operations:
        assert any("RateLimitError" in outcome for outcome in run.outcomes)
    leaks = {secret: text for secret in run.secrets if len(secret) >= 4 for text in texts if secret in text}
    assert leaks == {}, f"{len(leaks)} secrets leaked, e.g. in {next(iter(leaks.values()), '')[:300]!r}"
