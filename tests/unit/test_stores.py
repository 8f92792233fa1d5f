"""Credential stores on their own and under an auth: keys, permissions, typed errors, the hot path, single flight."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from netsapiens_client.api.subscriptions import list_subscriptions
from pyrate_limiter import Rate

from switchboard import MemoryStore, RedisStore, SQLiteStore, StoreError, token_auth_of
from switchboard._store import Lease, account_key

from .conftest import CLIENT_SECRET, PASSWORD, FakeClock, ScriptedVendor, client_for


class CountingStore(MemoryStore):
    """A memory store that counts what the auth asks of it and can be made to fail."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: dict[str, int] = {"read": 0, "write": 0, "lease": 0}
        self.broken = False

    def _count(self, what: str) -> None:
        self.calls[what] += 1
        if self.broken:
            raise StoreError("credential store counting is down")

    def read(self, key: str) -> dict[str, Any] | None:
        self._count("read")
        return super().read(key)

    def write(self, key: str, record: Any) -> None:
        self._count("write")
        super().write(key, record)

    def lease(self, key: str, wait: float | None) -> Lease:
        self._count("lease")
        return super().lease(key, wait)


def test_account_keys_differ_by_account_and_server_and_name_no_user() -> None:
    keys = {
        account_key("netsapiens", "https://a.example/ns-api/v2", "client", "1000@example.com"),
        account_key("netsapiens", "https://a.example/ns-api/v2", "client", "1001@example.com"),
        account_key("netsapiens", "https://b.example/ns-api/v2", "client", "1000@example.com"),
        account_key("gatum", "https://a.example/ns-api/v2", "client", "1000@example.com"),
    }
    assert len(keys) == 4
    assert all("1000" not in key and "example" not in key for key in keys)
    # A trailing slash is the same server.
    assert account_key("gatum", "https://a.example/v1/", "u") == account_key("gatum", "https://a.example/v1", "u")


def test_the_hot_path_never_touches_the_store_and_a_fetch_costs_one_lease(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    store = CountingStore()
    client = client_for(vendor, clock, store=store)

    client.subscriptions.list_subscriptions()
    assert store.calls == {"read": 2, "write": 1, "lease": 1}  # read, lease, read again, fetch, write
    for _ in range(50):
        client.subscriptions.list_subscriptions()
    assert store.calls == {"read": 2, "write": 1, "lease": 1}

    clock.advance(3600)  # expired: one refresh for the fleet
    client.subscriptions.list_subscriptions()
    assert store.calls == {"read": 4, "write": 2, "lease": 2}
    assert [r["grant_type"] for r in vendor.token_requests] == ["password", "refresh_token"]


def test_two_clients_of_one_account_share_a_token_and_other_accounts_do_not(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    store = MemoryStore()
    first, second = client_for(vendor, clock, store=store), client_for(vendor, clock, store=store)
    first.subscriptions.list_subscriptions()
    second.subscriptions.list_subscriptions()
    assert len(vendor.token_requests) == 1
    assert token_auth_of(second).token_fetches == 0

    from switchboard.netsapiens import make_client

    other = make_client(
        "https://pbx.example.com/ns-api/v2",
        "client-id",
        CLIENT_SECRET,
        "1001@example.com",
        PASSWORD,
        clock=clock,
        store=store,
        transport=client_for(vendor, clock)._httpx_args["transport"]._transport,
    )
    other.subscriptions.list_subscriptions()
    assert len(vendor.token_requests) == 2


def test_a_401_takes_the_fleets_newer_token_without_a_fetch(vendor: ScriptedVendor, clock: FakeClock) -> None:
    store = MemoryStore()
    first, second = client_for(vendor, clock, store=store), client_for(vendor, clock, store=store)
    first.subscriptions.list_subscriptions()
    second.subscriptions.list_subscriptions()
    token_auth_of(first).invalidate()
    first.subscriptions.list_subscriptions()  # a new token for the fleet
    assert len(vendor.token_requests) == 2
    held = token_auth_of(first)._token
    assert held is not None
    newer = f"Bearer {held.access_token}"
    vendor.reject = lambda request: request.headers.get("authorization") != newer

    second.subscriptions.list_subscriptions()  # 401 with the old token, then the newer one from the store

    assert len(vendor.token_requests) == 2
    assert vendor.api_requests[-1].headers["authorization"] == newer
    assert vendor.api_requests[-2].headers["authorization"] != newer


def test_a_store_that_fails_leaves_the_cached_token_working_and_raises_typed_when_needed(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    store = CountingStore()
    client = client_for(vendor, clock, store=store)
    client.subscriptions.list_subscriptions()
    store.broken = True

    for _ in range(5):
        client.subscriptions.list_subscriptions()  # the cached token: no store needed
    clock.advance(3600)
    with pytest.raises(StoreError, match="counting is down"):
        client.subscriptions.list_subscriptions()

    store.broken = False
    client.subscriptions.list_subscriptions()
    assert len(vendor.token_requests) == 2


def test_a_store_write_that_fails_keeps_the_new_token(vendor: ScriptedVendor, clock: FakeClock) -> None:
    class ReadOnly(MemoryStore):
        def write(self, key: str, record: Any) -> None:
            raise StoreError("credential store read-only refuses writes")

    client = client_for(vendor, clock, store=ReadOnly())
    for _ in range(3):
        client.subscriptions.list_subscriptions()
    assert len(vendor.token_requests) == 1


def test_threads_and_tasks_of_two_clients_on_one_sqlite_file_make_one_fetch(
    tmp_path: Path, vendor: ScriptedVendor, clock: FakeClock
) -> None:
    vendor.token_delay = 0.05
    clients = [client_for(vendor, clock, store=SQLiteStore(tmp_path / "fleet.db")) for _ in range(2)]

    async def tasks(client: Any) -> None:
        await asyncio.gather(*(list_subscriptions.asyncio_detailed(client=client) for _ in range(20)))

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(c.subscriptions.list_subscriptions) for c in clients for _ in range(10)]
        futures += [pool.submit(asyncio.run, tasks(c)) for c in clients]
        for future in futures:
            future.result()
    assert len(vendor.token_requests) == 1


def test_sqlite_files_are_owner_only_and_a_record_survives_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    SQLiteStore(path).write("k", {"access_token": "a"})
    store = SQLiteStore(path)
    store.lease("k", 1).release()
    store.rate_bucket("b", [Rate(1, 1000)])
    assert store.read("k") == {"access_token": "a"}
    for made in tmp_path.iterdir():
        assert stat.S_IMODE(made.stat().st_mode) & 0o077 == 0, made.name


@pytest.mark.parametrize("where", ["missing-folder/store.db", "a-folder", "not-a-database"])
def test_an_unusable_sqlite_path_is_a_typed_error_naming_it(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "not-a-database").write_bytes(b"this is not SQLite, password=hunter2 " * 200)
    with pytest.raises(StoreError, match=where.split("/")[0]) as raised:
        SQLiteStore(tmp_path / where)
    assert "hunter2" not in str(raised.value)


def test_a_corrupt_record_is_a_typed_error_without_its_content(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = SQLiteStore(path)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO credentials VALUES ('k', '{\"access_token\": \"tok-secret-value', 0)")
    with pytest.raises(StoreError, match="corrupt") as raised:
        store.read("k")
    assert "tok-secret-value" not in str(raised.value)


def test_a_lease_is_one_holder_at_a_time_and_a_wait_can_time_out(tmp_path: Path) -> None:
    for store in (MemoryStore(), SQLiteStore(tmp_path / "s.db")):
        held = store.lease("k", None)
        with pytest.raises(TimeoutError):
            store.lease("k", 0.1)
        got: list[Lease] = []
        waiter = threading.Thread(target=lambda s=store, into=got: into.append(s.lease("k", 5)))
        waiter.start()
        held.release()
        waiter.join(5)
        assert got
        assert got[0].held
        got[0].release()


def test_a_sqlite_lease_held_past_its_time_is_broken(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db", lease=0.2)
    held = store.lease("k", None)
    broken = store.lease("k", None)  # waits out the 0.2 s, then goes ahead
    assert held.held
    assert not broken.held
    held.release()


def test_an_unreachable_redis_is_a_typed_error_with_its_password_masked(tmp_path: Path) -> None:
    store = RedisStore(f"unix://:pa55word-value@{tmp_path}/nothing.sock")
    with pytest.raises(StoreError, match="cannot be read") as raised:
        store.read("k")
    assert "pa55word-value" not in str(raised.value)
    assert "pa55word-value" not in repr(store)
    with pytest.raises(StoreError, match="not a usable Redis URL"):
        RedisStore("http://:pa55word-value@cache.example")


def test_redis_leases_and_records_on_a_real_server(valkey_url: str) -> None:
    # A lease of 1.5 s: on a loaded host a worker can stall for a few hundred milliseconds between two calls, and
    # the second lease below must meet the first one still held.
    store = RedisStore(valkey_url, prefix=f"unit-{os.getpid()}", lease=1.5)
    store.write("k", {"access_token": "a"})
    assert store.read("k") == {"access_token": "a"}
    held = store.lease("k", None)
    with pytest.raises(TimeoutError):
        store.lease("k", 0.05)
    after_expiry = store.lease("k", 5)  # the holder never releases: its key expires after 1.5 s
    assert after_expiry.held
    after_expiry.release()
    held.release()  # too late: ends nothing of the new holder's


def test_a_renewed_sqlite_lease_is_not_broken_by_its_waiters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A holder still at work past the lease time (a token request queued on a loaded host) renews its lease: the
    # fleet's next worker must wait for it, not break it and fetch a second token.
    import time

    now = [1000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    store = SQLiteStore(tmp_path / "s.db", lease=0.2)
    held = store.lease("k", None)
    now[0] += 10.0  # long past the lease
    held.renew()  # type: ignore[attr-defined]
    with pytest.raises(TimeoutError):
        store.lease("k", 0.05)
    held.release()
    held.renew()  # type: ignore[attr-defined]  # after release: nothing
    store.lease("k", 0.05).release()


def test_a_renewed_redis_lease_gets_its_full_time_again_and_only_for_its_holder(valkey_url: str) -> None:
    store = RedisStore(valkey_url, prefix=f"unit-renew-{os.getpid()}", lease=30.0)
    held = store.lease("k", None)
    key = store._lease_key("k")
    store.client.pexpire(key, 1000)
    held.renew()  # type: ignore[attr-defined]
    assert store.client.pttl(key) > 1000
    held.release()
    store.client.set(key, "someone-else", px=1000)
    held.renew()  # type: ignore[attr-defined]  # not its lease any more: untouched
    assert store.client.pttl(key) <= 1000
    store.client.delete(key)


class _CountingLease:
    def __init__(self) -> None:
        self.held = True
        self.renewed = 0
        self.twice = threading.Event()
        self.released = False

    def renew(self) -> None:
        self.renewed += 1
        if self.renewed >= 2:
            self.twice.set()

    def release(self) -> None:
        self.released = True


class _OneLeaseStore(MemoryStore):
    lease_seconds = 0.03

    def __init__(self, lease: _CountingLease) -> None:
        super().__init__()
        self.given = lease

    def lease(self, key: str, wait: float | None) -> Lease:
        return self.given


def test_a_fleet_lease_is_kept_alive_while_held_and_released_through() -> None:
    import httpx

    from switchboard._fleet import SharedToken

    inner = _CountingLease()
    shared = SharedToken(_OneLeaseStore(inner), "k", lambda: 0.0)
    lease = shared.lease(httpx.Request("GET", "https://example.test/"), None, None)
    assert lease.held
    assert inner.twice.wait(10)  # renewed, again and again, while held
    lease.release()
    assert inner.released
    assert not lease.held


def test_a_fleet_lease_past_its_holders_own_limit_is_no_longer_renewed() -> None:
    import httpx

    from switchboard._fleet import SharedToken

    inner = _CountingLease()
    shared = SharedToken(_OneLeaseStore(inner), "k", lambda: 0.0)
    lease = shared.lease(httpx.Request("GET", "https://example.test/"), None, 0.0)
    keeper = getattr(lease, "keeper")  # noqa: B009 (the Lease protocol has no keeper; this lease is kept)
    keeper.join(10)  # stops on its own: a holder stuck that long is treated as dead
    assert not keeper.is_alive()
    assert inner.renewed == 0
    lease.release()
