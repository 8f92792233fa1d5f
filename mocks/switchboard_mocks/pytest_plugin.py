"""The mocks in your own test suite: fixtures that serve a vendor's mock on a free loopback port.

Installed with the ``mock`` extra (``pip install "switchboard[mock]"``), pytest loads this plugin by itself. Every
vendor with a mock works the same way; nothing here is written per vendor::

    def test_welcome_sms(switchboard_mock):
        mock = switchboard_mock("netsapiens")
        client = mock.make_client()          # switchboard.netsapiens.make_client, with credentials the mock accepts
        ...
        assert [e["operation"] for e in mock.journal()] == [...]

``switchboard_mock`` serves a fresh mock for one test; ``switchboard_session_mock`` serves one for the whole session
(call ``reset()`` between tests when they must not see each other's state).
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from . import (
    CONTROL_PREFIX,
    Fault,
    MockServer,
    Outcome,
    RunningMock,
    _coverage,
    catalogue,
    create_app,
    serve,
    vendor_class,
)

__all__ = ["MockFactory", "ServedMock", "switchboard_mock", "switchboard_session_mock"]


class ServedMock:
    """A vendor's mock listening on loopback: where it is, what it accepts, and its control surface as methods."""

    def __init__(self, vendor: str, running: RunningMock) -> None:
        self.vendor = vendor
        self._running = running

    def __repr__(self) -> str:
        return f"ServedMock({self.vendor!r}, base_url={self.base_url!r})"

    @property
    def app(self) -> MockServer:
        """The ASGI app being served, for what the methods here do not cover (its vendor state, its spec)."""
        return self._running.app

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``: the server; the control surface is under ``/__mock__/``."""
        return self._running.url

    @property
    def control_url(self) -> str:
        """The control surface over HTTP, for code under test that runs in another process."""
        return f"{self.url}{CONTROL_PREFIX}"

    @property
    def base_url(self) -> str:
        """What a client's ``base_url`` should be: the server plus the API's base path."""
        return self._running.base_url

    @property
    def credentials(self) -> dict[str, str]:
        """The credentials the mock accepts, as keyword arguments of ``switchboard.<vendor>.make_client``."""
        return self.app.vendor.client_kwargs()

    @property
    def settings(self) -> dict[str, str]:
        """Every setting of the mock (credentials, token lifetimes), defaults included."""
        return dict(self.app.vendor.settings)

    def make_client(self, **options: Any) -> Any:
        """``switchboard.<vendor>.make_client(base_url, **credentials, **options)``: a client of this mock."""
        try:
            overlay = importlib.import_module(f"switchboard.{self.vendor}")
        except ModuleNotFoundError:
            raise LookupError(f"switchboard has no client overlay for {self.vendor!r} yet") from None
        return overlay.make_client(self.base_url, **{**self.credentials, **options})

    def journal(self) -> list[dict[str, Any]]:
        """The requests received so far, oldest first (credentials redacted): method, path, operation, status, and
        ``outcome`` when a trigger or a magic value chose it..."""
        return copy.deepcopy(self.app.journal.tail())

    def fault(
        self,
        operation: str = "*",
        *,
        status: int | None = None,
        retry_after: float | None = None,
        latency: float = 0.0,
        drop: bool = False,
        times: int = 1,
        probability: float = 1.0,
    ) -> None:
        """Make the next ``times`` calls of ``operation`` (``*``: any) fail: an error ``status`` (with
        ``Retry-After``), ``latency`` seconds of delay, or a connection dropped halfway (``drop``).

        ``ValueError`` names a bad argument, an ``operation`` that is not an operationId of the spec included.
        """
        payload = {
            "operation": operation,
            "status": status,
            "retry_after": retry_after,
            "latency": latency,
            "drop": drop,
            "times": times,
            "probability": probability,
        }
        self.app.faults.append(Fault.from_payload(payload, self.app.spec.by_id))

    def trigger(self, operation: str, outcome: str, times: int = 1, *, latency: float | None = None) -> None:
        """Make the next ``times`` calls of ``operation`` meet ``outcome``, an entry of its failure catalogue
        (``switchboard-mock VENDOR --catalogue``): ``mock.trigger("send_sms", "not_registr_originator")``.

        An answer (``http_400``, a vendor code, ``http_429`` with ``Retry-After``) is sent instead of the call's own; an
        asynchronous outcome (``dlr_undeliv``) lets the call succeed and gives what it creates that final state;
        ``timeout`` holds the answer ``latency`` seconds (default 5: give the client a shorter timeout) and
        ``dropped`` drops the connection. A client that renews a token or retries meets the outcome once per
        attempt: trigger as many. ``ValueError`` names an operation or outcome the catalogue does not have.
        """
        fault = Fault.from_payload(
            {"operation": operation, "outcome": outcome, "times": times, "latency": latency or 0.0},
            self.app.spec.by_id,
        )
        self.app.faults.append(self.app.outcome_fault(fault))

    def catalogue(self) -> list[Outcome]:
        """This vendor's failure catalogue: every outcome of every operation, and how to reach it."""
        return list(catalogue(self.vendor))

    def clear_faults(self) -> None:
        """Forget the faults not used up yet."""
        self.app.faults.clear()

    def advance_clock(self, seconds: float) -> None:
        """Move the mock's clock forward: tokens issued before expire as they would ``seconds`` later."""
        self.app.clock.advance(seconds)

    def reset(self, *, keep_auth: bool = False) -> None:
        """Back to a fresh start: no resources, journal, faults or clock offset (``keep_auth``: tokens stay valid)."""
        self.app.reset(keep_auth=keep_auth)

    @property
    def spec_violations(self) -> list[str]:
        """Answers of the mock that broke its spec (each was sent as a 500): a bug of the mock or the spec."""
        return list(self.app.spec_violations)


class MockFactory:
    """What the fixtures hand you: call it with a vendor name to have its mock served.

    ``settings`` override the mock's defaults (``{"password": "...", "token_ttl": "60"}``; an unknown name raises
    ``ValueError``, as an unknown vendor does). The same vendor and settings give the same mock within the fixture's
    scope.
    """

    def __init__(self, stack: contextlib.ExitStack) -> None:
        self._stack = stack
        self._served: dict[tuple[str, tuple[tuple[str, str], ...]], ServedMock] = {}
        # Threads of one test asking for the same vendor at once get one mock, not one each.
        self._lock = threading.Lock()

    def __call__(self, vendor: str, *, settings: Mapping[str, str] | None = None) -> ServedMock:
        key = (vendor, tuple(sorted((settings or {}).items())))
        with self._lock:
            return self._served.get(key) or self._serve(key, vendor, settings)

    def _serve(
        self, key: tuple[str, tuple[tuple[str, str], ...]], vendor: str, settings: Mapping[str, str] | None
    ) -> ServedMock:
        if key not in self._served:
            known = vendor_class(vendor).default_settings
            unknown = sorted(set(settings or {}) - set(known))
            if unknown:  # a misspelt setting would otherwise be ignored
                raise ValueError(f"unknown setting(s) for {vendor}: {', '.join(unknown)} (known: {', '.join(known)})")
            running = self._stack.enter_context(serve(create_app(vendor, settings=settings)))
            self._served[key] = ServedMock(vendor, running)
        return self._served[key]


@pytest.fixture
def switchboard_mock() -> Iterator[MockFactory]:
    """Serve vendors' mocks on free loopback ports for one test: ``switchboard_mock("netsapiens")``."""
    with contextlib.ExitStack() as stack:
        yield MockFactory(stack)


@pytest.fixture(scope="session")
def switchboard_session_mock() -> Iterator[MockFactory]:
    """Like ``switchboard_mock``, but each mock is served once for the whole session."""
    with contextlib.ExitStack() as stack:
        yield MockFactory(stack)


# Failure coverage: off unless asked for; when off, nothing is recorded and these hooks do nothing.

_COVERAGE_KEY = pytest.StashKey[dict[str, Any]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("switchboard", "switchboard mocks")
    group.addoption(
        "--switchboard-failure-coverage",
        nargs="?",
        const="0",
        default=None,
        metavar="N",
        help="report which catalogue outcomes of the operations the tests called were met; with N, fail the "
        "session when fewer than N percent were",
    )
    group.addoption(
        "--switchboard-failure-coverage-json",
        default=None,
        metavar="PATH",
        help="write the failure coverage report as JSON to PATH (turns the coverage on)",
    )
    parser.addini(
        "switchboard_failure_coverage",
        "failure coverage of the switchboard mocks: true, false, or a threshold percent (default false)",
        default="false",
    )


def _threshold(text: str) -> float | None:
    """None for off; the percent otherwise (0: report only)."""
    value = text.strip().lower()
    if value in ("", "false", "no", "off"):
        return None
    if value in ("true", "yes", "on"):
        return 0.0
    try:
        percent = float(value)
    except ValueError:
        raise pytest.UsageError(f"switchboard failure coverage: {text!r} is not true, false or a percent") from None
    if not 0 <= percent <= 100:
        raise pytest.UsageError("switchboard failure coverage: the threshold is a percent from 0 to 100")
    return percent


def pytest_configure(config: pytest.Config) -> None:
    option = config.getoption("--switchboard-failure-coverage")
    json_path = config.getoption("--switchboard-failure-coverage-json")
    threshold = (
        _threshold(option) if option is not None else _threshold(str(config.getini("switchboard_failure_coverage")))
    )
    if threshold is None and json_path is None:
        return
    config.stash[_COVERAGE_KEY] = {"threshold": threshold or 0.0, "json": json_path, "report": None}
    _coverage.start()


#: Where a pytest-xdist worker hands what it met to the controller (``workeroutput``).
_WORKER_OUTPUT = "switchboard_failure_coverage"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    state = session.config.stash.get(_COVERAGE_KEY, None)
    if state is None:
        return
    recorded = _coverage.stop()
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # a pytest-xdist worker: the controller merges, reports and applies the threshold
        workeroutput[_WORKER_OUTPUT] = (recorded or _coverage.FailureCoverage()).to_json()
        return
    report = (recorded or _coverage.FailureCoverage()).report()
    state["report"] = report
    if state["json"]:
        _coverage.write_json(report, state["json"])
    if state["threshold"] and report["percent"] < state["threshold"] and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist's controller, as each worker finishes: what the worker met becomes part of the session's."""
    rows = getattr(node, "workeroutput", {}).get(_WORKER_OUTPUT)
    if rows:
        _coverage.merge(rows)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    state = config.stash.get(_COVERAGE_KEY, None)
    if state is None or state["report"] is None:
        return
    terminalreporter.write_sep("-", "switchboard failure coverage")
    terminalreporter.write_line(_coverage.render_table(state["report"]))
    if state["threshold"] and state["report"]["percent"] < state["threshold"]:
        terminalreporter.write_line(
            f"FAIL: failure coverage {state['report']['percent']}% is under the threshold of {state['threshold']:g}%"
        )
