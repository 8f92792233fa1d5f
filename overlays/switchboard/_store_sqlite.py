"""A credential store in one SQLite file: shared by every process on a host, and surviving their restarts."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pyrate_limiter import AbstractBucket, Rate, SQLiteBucket

from ._store import DEFAULT_LEASE, Lease, StoreError, dumps, loads

_SCHEMA = "CREATE TABLE IF NOT EXISTS credentials (key TEXT PRIMARY KEY, record TEXT NOT NULL, updated REAL NOT NULL)"


class _FileLease:
    """An ``flock`` on a lease file: the kernel drops it when the holder's process ends, however it ends."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd
        self._guard = threading.Lock()  # renew (from a keep-alive thread) never writes to a closed descriptor
        self.held = fd is not None
        if fd is not None:
            self._stamp(fd)

    @staticmethod
    def _stamp(fd: int) -> None:
        # When the lease began (or was last renewed), for waiters working out how long it may still last.
        os.ftruncate(fd, 0)
        os.pwrite(fd, repr(time.time()).encode(), 0)

    def renew(self) -> None:
        """Give the lease its full time again from now."""
        with self._guard:
            if self._fd is not None:
                with contextlib.suppress(OSError):
                    self._stamp(self._fd)

    def release(self) -> None:
        with self._guard:
            fd, self._fd = self._fd, None
        self.held = False
        if fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


class SQLiteStore:
    """Credentials in the SQLite file ``path`` (WAL mode, created owner-only), leases as ``flock`` on files beside it.

    Every process of a host that opens the same ``path`` shares tokens and renewed keys, and makes one fetch for all
    of them. ``lease`` bounds how long a holder that hangs (not one that dies: its lease ends with it) keeps the others
    waiting; after that they fetch anyway.

    Example::

        store = SQLiteStore("/var/lib/myapp/switchboard.db")
        client = make_client(..., store=store)
    """

    def __init__(self, path: str | os.PathLike[str], *, lease: float = DEFAULT_LEASE) -> None:
        self.path = Path(path)
        self.name = str(self.path)
        self.lease_seconds = lease
        self._local = threading.local()
        try:
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
            # Processes starting together would meet "database is locked" switching the file to WAL (SQLite does
            # not wait for that lock): one at a time.
            lock = os.open(f"{self.path}-init", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX)
                db = self._connection()
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_SCHEMA)
            finally:
                os.close(lock)
        except (OSError, sqlite3.Error) as exc:
            raise self._error("cannot be opened for writing", exc) from None

    def __repr__(self) -> str:
        return f"SQLiteStore({self.name!r})"

    def _error(self, what: str, exc: BaseException) -> StoreError:
        return StoreError(f"credential store {self.name} {what}: {type(exc).__name__}: {exc}")

    def _connection(self) -> sqlite3.Connection:
        # One connection per thread and process: sqlite3 connections are not to be shared across either.
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None or getattr(self._local, "pid", None) != os.getpid():
            db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db, self._local.pid = db, os.getpid()
        return db

    def read(self, key: str) -> dict[str, Any] | None:
        try:
            row = self._connection().execute("SELECT record FROM credentials WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            raise self._error("cannot be read", exc) from None
        return None if row is None else loads(self, key, row[0])

    def write(self, key: str, record: Mapping[str, Any]) -> None:
        try:
            self._connection().execute(
                "INSERT INTO credentials (key, record, updated) VALUES (?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET record = excluded.record, updated = excluded.updated",
                (key, dumps(record), time.time()),
            )
        except sqlite3.Error as exc:
            raise self._error("cannot be written", exc) from None

    def rate_bucket(self, name: str, rates: list[Rate]) -> AbstractBucket:
        """A bucket in a second file beside the store's (``<path>-budget``), its puts serialised across processes
        by a file lock."""
        path = f"{self.path}-budget"
        try:
            for made in (path, f"{path}.lock"):  # the bucket's file, and the file lock pyrate-limiter takes on it
                os.close(os.open(made, os.O_RDWR | os.O_CREAT, 0o600))
            return SQLiteBucket.init_from_file(
                rates,
                table=f"budget_{hashlib.sha256(name.encode()).hexdigest()[:24]}",
                db_path=path,
                use_file_lock=True,
            )
        except (OSError, sqlite3.Error) as exc:
            raise self._error("cannot hold a rate budget", exc) from None

    def _lease_path(self, key: str) -> str:
        return f"{self.path}-lease-{hashlib.sha256(key.encode()).hexdigest()[:16]}"

    def _lease_left(self, fd: int) -> float:
        """How long the current holder's lease still lasts, from the start time it wrote into the file."""
        try:
            started = float(os.pread(fd, 64, 0).decode() or "nan")
        except (OSError, ValueError):
            started = float("nan")
        if started != started:  # not written yet: the holder has just taken it
            return self.lease_seconds
        return max(started + self.lease_seconds - time.time(), 0.0)

    def lease(self, key: str, wait: float | None) -> Lease:
        try:
            fd = os.open(self._lease_path(key), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise self._error("cannot create its lease file", exc) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return _FileLease(fd)
        except BlockingIOError:
            pass
        left = self._lease_left(fd)
        limit = left if wait is None else min(wait, left)
        if self._wait_for_flock(fd, limit):
            return _FileLease(fd)
        if wait is not None and wait <= left:
            raise TimeoutError(f"the lease on {key!r} stayed taken for {wait:g} s")
        return _FileLease(None)  # the holder outlived its lease: go ahead without it

    @staticmethod
    def _wait_for_flock(fd: int, timeout: float) -> bool:
        """Block on the lock in a helper thread (the kernel wakes it on release or death), for ``timeout`` s.

        A wait given up on leaves the thread blocked; if it gets the lock later it lets go of it at once.
        """
        got = threading.Event()
        gave_up = threading.Event()
        guard = threading.Lock()

        def take() -> None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError:
                return
            with guard:
                if not gave_up.is_set():
                    got.set()
                    return
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

        threading.Thread(target=take, name="switchboard-lease-wait", daemon=True).start()
        if got.wait(timeout):
            return True
        with guard:
            if got.is_set():
                return True
            gave_up.set()
        return False
