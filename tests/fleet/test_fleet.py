"""Many processes, one account: what each store promises, with real processes, a real Valkey and real mocks."""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from multiprocessing.pool import Pool
from typing import Any

import httpx
import pytest

from switchboard._store import account_key
from switchboard_mocks import RunningMock, create_app, serve
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS as NETSAPIENS

from ._vendors import TOKEN_OPERATIONS
from ._workers import StoreSpec, hold_lease_and_die, run_busy_passinfo, run_calls, run_paced

# One xdist group: these tests spawn their own 8 worker processes, so they share one pytest-xdist worker.
pytestmark = [pytest.mark.fleet, pytest.mark.xdist_group("fleet")]

#: Mock settings that make sharing matter: rotating refresh tokens, logins that log the others out.
SETTINGS: dict[str, dict[str, str]] = {
    "netsapiens": {"refresh_reuse": "rotate"},
    "gatum": {"revoke_older_tokens": "true"},
    # An access token shorter-lived than its refresh token, so that the fleet refreshes rather than logs in.
    "tingting": {"rotate_refresh": "true", "token_ttl": "600"},
    "kandy": {},
}
#: How far to move a mock's clock so that the token the fleet holds has expired there.
EXPIRE = {"netsapiens": 3700.0, "gatum": 86500.0, "tingting": 700.0}


def journal(mock: RunningMock) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = httpx.get(f"{mock.url}/__mock__/journal").json()
    return entries


def token_requests(mock: RunningMock, vendor: str) -> Counter[str]:
    return Counter(e["operation"] for e in journal(mock) if e.get("operation") in TOKEN_OPERATIONS[vendor])


def assert_no_failures(results: list[dict[str, Any]]) -> None:
    failures = [f for r in results for f in r["failures"]]
    assert sum(r["failed"] for r in results) == 0, failures


@pytest.mark.parametrize("vendor", ["netsapiens", "gatum", "tingting", "kandy"])
def test_eight_workers_on_an_expired_token_make_one_token_request(vendor: str, store: StoreSpec, pool: Pool) -> None:
    with serve(create_app(vendor, settings=SETTINGS[vendor])) as mock:
        seeded = pool.apply(run_calls, (vendor, mock.base_url, store, 1))
        assert_no_failures([seeded])
        before = token_requests(mock, vendor)
        if vendor in EXPIRE:
            httpx.post(f"{mock.url}/__mock__/clock", json={"advance": EXPIRE[vendor]}).raise_for_status()
        else:  # Kandy tokens never expire: the fleet starts cold on a new domain user instead
            before = Counter()
            httpx.post(f"{mock.url}/__mock__/reset").raise_for_status()

        results = pool.starmap(run_calls, [(vendor, mock.base_url, store, 100)] * 8)

        assert_no_failures(results)
        assert sum(r["ok"] for r in results) == 800
        fetched = token_requests(mock, vendor) - before
        if vendor == "gatum":  # a login is two requests
            assert fetched == Counter({"authorize": 1, "create_access_token": 1})
        elif vendor == "kandy":  # one token per level
            assert fetched == Counter({"get_account_access_token": 1, "get_domain_access_token": 1})
        else:
            assert sum(fetched.values()) == 1, fetched


def test_a_key_renewed_in_the_middle_of_four_busy_workers_fails_no_call(store: StoreSpec, pool: Pool) -> None:
    with serve(create_app("passinfo")) as mock, multiprocessing.get_context("spawn").Manager() as manager:
        renewed = manager.Event()
        jobs = [(mock.base_url, store, 120, 40 if i == 0 else None, renewed) for i in range(4)]

        results = pool.starmap(run_busy_passinfo, jobs)

        assert_no_failures(results)
        assert [r["renewed"] for r in results] == [1, 0, 0, 0]  # on_key_renewed: once, for the fleet
        statuses = Counter((e.get("operation"), e["status"]) for e in journal(mock))
        assert statuses[("renew_api_key", 200)] == 1
        # Each of the other three met the revoked key once, took the new one from the store and resent.
        assert 3 <= statuses[("get_sms_count", 401)] <= 3 * 5
        assert statuses[("get_sms_count", 200)] == 4 * 120


def test_a_worker_started_with_a_renewed_away_key_takes_its_successor(store: StoreSpec, pool: Pool) -> None:
    with serve(create_app("passinfo")) as mock, multiprocessing.get_context("spawn").Manager() as manager:
        renewed = manager.Event()
        pool.apply(run_busy_passinfo, (mock.base_url, store, 2, 1, renewed))

        result = pool.apply(run_calls, ("passinfo", mock.base_url, store, 20))

        assert_no_failures([result])
        statuses = Counter((e.get("operation"), e["status"]) for e in journal(mock))
        assert statuses[("get_sms_count", 401)] == 0  # it read the new key before its first call


def test_a_lease_holder_killed_mid_fetch_delays_the_others_at_most_the_lease(store: StoreSpec, pool: Pool) -> None:
    s = NETSAPIENS
    with serve(create_app("netsapiens")) as mock:
        key = account_key("netsapiens", mock.base_url, s["client_id"], s["username"])
        dying = multiprocessing.get_context("spawn").Process(target=hold_lease_and_die, args=(store, key))
        dying.start()
        dying.join(30)
        assert dying.exitcode == -9

        started = time.monotonic()
        results = pool.starmap(run_calls, [("netsapiens", mock.base_url, store, 10)] * 4)
        elapsed = time.monotonic() - started

        assert_no_failures(results)
        assert sum(token_requests(mock, "netsapiens").values()) == 1
        lease = store[2]
        assert elapsed < lease + 3.0  # the lease, then one fetch and the calls


RATE = 20
SECONDS = 20.0


def test_eight_workers_keep_within_one_shared_budget(store: StoreSpec, pool: Pool) -> None:
    with serve(create_app("passinfo")) as mock:
        made = pool.starmap(run_paced, [("passinfo", mock.base_url, store, SECONDS, RATE)] * 8)

        times = sorted(e["time"] for e in journal(mock) if e.get("operation") == "get_sms_count")
        assert len(times) == sum(made)
        # What reached the mock in the 20 s from the first call: the budget's RATE x 20, within 5 %.
        first = times[0]
        within = sum(1 for t in times if t < first + SECONDS)
        assert abs(within - RATE * SECONDS) <= 0.05 * RATE * SECONDS, within
        # And in the steady state (after the first second, before the last), on both sides of it.
        steady = sum(1 for t in times if first + 1.0 <= t < first + SECONDS - 1.0)
        expected = RATE * (SECONDS - 2.0)
        assert abs(steady - expected) <= 0.05 * expected, (steady, expected)
