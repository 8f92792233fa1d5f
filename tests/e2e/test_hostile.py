"""Issue 24 against the mocks over loopback: tracebacks with locals, crowds on a cold client, a skewed clock.

Each test would fail on main at 717dcca (the issue's probe): see NOTES-HELPER.md.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from gatum_client.api.account import get_account_info
from kandy_client.api.domain import get_users
from netsapiens_client.api.subscriptions import list_subscriptions
from passinfo_client.api.account import get_sms_count
from tingting_client.api.auth import get_user_details

from switchboard import RetryPolicy
from switchboard_mocks import RunningMock, create_app, serve

from .test_no_secrets import VENDORS, AuthFlows, Run

pytestmark = pytest.mark.e2e


class TracebackRun(Run):
    """A :class:`Run` that also keeps what an error tracker sees: the traceback with every frame's locals, and the
    error's request (its repr, URL and headers)."""

    def attempt(self, client: Any, name: str) -> None:
        try:
            if callable(client) and not hasattr(client, "_httpx_args"):
                client = client()
            self.flows.call(client)
            self.outcomes.append(f"{name}: ok")
        except Exception as exc:
            self.outcomes.append(f"{name}: {type(exc).__name__}")
            rendered = traceback.TracebackException.from_exception(exc, capture_locals=True)
            self.texts.append("".join(_without_test_frames(rendered).format()))
            request = getattr(exc, "request", None)
            if request is not None:
                self.texts.extend([repr(request), str(request.url), repr(request.headers), repr(request.content)])
        if hasattr(client, "_httpx_args"):
            self.secrets.update(client._httpx_args["auth"].secrets())


@pytest.mark.parametrize("flows", VENDORS, ids=[f.vendor for f in VENDORS])
def test_no_secret_in_a_traceback_with_locals_of_any_failure(flows: AuthFlows) -> None:
    with serve(create_app(flows.vendor)) as mock:
        run = TracebackRun(mock, flows)
        run.secrets.update(mock.app.vendor.secrets())
        client = run.client()
        run.attempt(client, "first token")
        run.control("POST", "reset")  # every token refused: a 401, a new token, then a vendor error below
        run.fault(status=503, times=10)
        run.attempt(client, "token endpoint down")
        run.control("DELETE", "faults")
        run.control("POST", "faults", {"operation": _operation(flows), "status": 500, "times": 10})
        run.attempt(client, "the call fails")
        run.control("DELETE", "faults")
        for name, value in mock.app.vendor.client_kwargs().items():
            wrong = f"{value}-wrong" if value else "wrong-value"
            if value in mock.app.vendor.secrets():  # a wrong password is still someone's password
                run.secrets.add(wrong)
            run.attempt(lambda name=name, wrong=wrong: run.client(**{name: wrong}), f"wrong {name}")

    print("\n".join(run.outcomes))
    assert sum(": ok" not in outcome for outcome in run.outcomes) >= 3
    leaks = {secret: text for secret in run.secrets if len(secret) >= 4 for text in run.texts if secret in text}
    where = next(iter(leaks.values()), "")
    at = where.find(next(iter(leaks), "")) if leaks else 0
    assert leaks == {}, f"{len(leaks)} secrets leaked, e.g. in ...{where[max(at - 400, 0) : at + 100]!r}"


def _without_test_frames(rendered: traceback.TracebackException) -> traceback.TracebackException:
    """``rendered`` and the exceptions it chains without the frames of the tests (which hold the secrets to find)."""
    seen: set[int] = set()
    pending = [rendered]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.stack[:] = [frame for frame in current.stack if f"{os.sep}tests{os.sep}" not in frame.filename]
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return rendered


def _operation(flows: AuthFlows) -> str:
    return {
        "netsapiens": "list_subscriptions",
        "gatum": "get_account_info",
        "kandy": "get_users",
        "passinfo": "get_sms_count",
        "tingting": "get_user_details",
    }[flows.vendor]
