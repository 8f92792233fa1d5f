"""HTTP load over loopback against the Netsapiens mock and, where Node.js is present, Prism on the same spec.

    python scripts/bench_load.py [--seconds S] [--connections N] [--no-prism]

The load generator is plain asyncio streams with pre-encoded HTTP/1.1 requests on keep-alive connections (one request
in flight per connection), so that the same client drives both servers. Each server runs in its own process; its RSS
is read from /proc at the start and at the end of the run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "netsapiens.yaml"
PRISM_VERSION = "5.16.0"
PRISM_DIR = ROOT / ".nox" / ".cache" / f"prism-{PRISM_VERSION}"
BASE_PATH = "/ns-api/v2"
#: Prism answers any id that matches the spec's pattern; the mock's id comes from the subscription it creates.
ANY_SUBSCRIPTION_ID = "0123456789abcdef0123456789abcdef"
SESSION_ID = "bench_session_0123456789abcdefghij"


@dataclass
class LoadResult:
    """What one load run measured."""

    server: str
    seconds: float
    requests: int
    errors: int
    statuses: dict[int, int]
    latencies: list[float] = field(repr=False)
    #: (start of window in seconds, p99 in that window) for every window of the run.
    windows: list[tuple[float, float]] = field(default_factory=list)
    rss_start: int | None = None
    rss_end: int | None = None
    rss_max: int | None = None
    #: Requests per second of each round, when the result merges interleaved rounds.
    round_rps: list[float] = field(default_factory=list)

    @property
    def rps(self) -> float:
        """Requests per second: the median of the rounds, or of the whole run."""
        return statistics.median(self.round_rps) if self.round_rps else self.requests / self.seconds

    @classmethod
    def merged(cls, rounds: Sequence[LoadResult]) -> LoadResult:
        """One result from interleaved rounds against the same server."""
        statuses: dict[int, int] = {}
        for found in rounds:
            for status, count in found.statuses.items():
                statuses[status] = statuses.get(status, 0) + count
        return cls(
            rounds[0].server,
            sum(r.seconds for r in rounds),
            sum(r.requests for r in rounds),
            sum(r.errors for r in rounds),
            statuses,
            [latency for r in rounds for latency in r.latencies],
            rss_start=rounds[0].rss_start,
            rss_end=rounds[-1].rss_end,
            rss_max=max((r.rss_max for r in rounds if r.rss_max), default=None),
            round_rps=[r.rps for r in rounds],
        )

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def rss(pid: int) -> int | None:
    """Resident set size of ``pid`` in bytes (Linux), None where /proc is not there."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def process_tree_rss(pid: int) -> int | None:
    """RSS of ``pid`` and its children (npx/node start a child process)."""
    total = rss(pid)
    if total is None:
        return None
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return total + sum(process_tree_rss(int(child)) or 0 for child in children)


def requests_for(host: str, port: int, token: str, subscription: str, base: str) -> list[bytes]:
    """The request mix, encoded once: read a subscription, list sessions, update a subscription (validated body)."""
    auth = f"Authorization: Bearer {token}\r\n"
    head = f"Host: {host}:{port}\r\n{auth}Accept: application/json\r\n"
    update = json.dumps({"subscription-geo-support": "no"}).encode()
    return [
        f"GET {base}/subscriptions/{subscription} HTTP/1.1\r\n{head}\r\n".encode(),
        f"GET {base}/domains/~/users/~/messagesessions?limit=10 HTTP/1.1\r\n{head}\r\n".encode(),
        (
            f"PUT {base}/subscriptions/{subscription} HTTP/1.1\r\n{head}"
            f"Content-Type: application/json\r\nContent-Length: {len(update)}\r\n\r\n"
        ).encode()
        + update,
    ]


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    lowered = head.lower()
    marker = lowered.find(b"\r\ncontent-length:")
    if marker >= 0:
        end = lowered.index(b"\r\n", marker + 2)
        await reader.readexactly(int(lowered[marker + 17 : end]))
    elif b"transfer-encoding: chunked" in lowered:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def _connection(
    host: str, port: int, mix: Sequence[bytes], offset: int, stop: float, result: LoadResult, start: float
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    latencies, statuses = result.latencies, result.statuses
    number = offset
    try:
        while (now := time.perf_counter()) < stop:
            writer.write(mix[number % len(mix)])
            number += 1
            try:
                status = await _read_response(reader)
            except (asyncio.IncompleteReadError, ConnectionError, ValueError):
                result.errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                continue
            latencies.append(time.perf_counter() - now)
            statuses[status] = statuses.get(status, 0) + 1
            result.windows.append((now - start, latencies[-1]))
    finally:
        writer.close()


async def _load(host: str, port: int, mix: Sequence[bytes], connections: int, seconds: float, name: str) -> LoadResult:
    result = LoadResult(name, seconds, 0, 0, {}, [])
    start = time.perf_counter()
    stop = start + seconds
    await asyncio.gather(*(_connection(host, port, mix, i, stop, result, start) for i in range(connections)))
    result.seconds = time.perf_counter() - start
    result.requests = len(result.latencies)
    return result


def run_load(
    name: str,
    port: int,
    token: str,
    subscription: str,
    *,
    base: str = BASE_PATH,
    pid: int | None,
    connections: int,
    seconds: float,
    warmup: float = 1.0,
) -> LoadResult:
    """``connections`` keep-alive connections sending the mix for ``seconds``, after a short warm-up."""
    mix = requests_for("127.0.0.1", port, token, subscription, base)
    asyncio.run(_load("127.0.0.1", port, mix, connections, warmup, name))
    rss_start = process_tree_rss(pid) if pid else None
    samples: list[int] = []
    result_box: list[LoadResult] = []

    async def measured() -> None:
        async def sample_rss() -> None:
            while not result_box:
                if pid and (value := process_tree_rss(pid)):
                    samples.append(value)
                await asyncio.sleep(1.0)

        sampler = asyncio.ensure_future(sample_rss())
        result_box.append(await _load("127.0.0.1", port, mix, connections, seconds, name))
        await sampler

    asyncio.run(measured())
    result = result_box[0]
    result.rss_start = rss_start
    result.rss_end = process_tree_rss(pid) if pid else None
    result.rss_max = max(samples, default=None)
    # p99 per window of a tenth of the run: growth shows as a rising series.
    width = max(result.seconds / 10, 1.0)
    buckets: dict[int, list[float]] = {}
    for at, latency in result.windows:
        buckets.setdefault(int(at // width), []).append(latency)
    result.windows = [
        (key * width, sorted(values)[int(0.99 * (len(values) - 1))]) for key, values in sorted(buckets.items())
    ]
    return result


def wait_for(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before answering {url}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextmanager
def running(command: Sequence[str], ready_url: str, env: dict[str, str] | None = None) -> Iterator[int]:
    """Run a server process until the block ends; yields its pid."""
    process = subprocess.Popen(  # noqa: S603
        list(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or dict(os.environ)
    )
    try:
        wait_for(ready_url, process)
        yield process.pid
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass
class Target:
    """A server under test and what the request mix needs to address it."""

    name: str
    port: int
    token: str
    subscription: str
    base: str
    pid: int

    def load(self, *, connections: int, seconds: float, warmup: float = 1.0) -> LoadResult:
        return run_load(
            self.name,
            self.port,
            self.token,
            self.subscription,
            base=self.base,
            pid=self.pid,
            connections=connections,
            seconds=seconds,
            warmup=warmup,
        )


@contextmanager
def mock_target(env: dict[str, str] | None = None) -> Iterator[Target]:
    """``switchboard-mock netsapiens`` (one uvicorn worker) in its own process, with its state prepared."""
    port = free_port()
    command = [sys.executable, "-m", "switchboard_mocks", "netsapiens", "--port", str(port), "--log-level", "warning"]
    command += ["--credential", "token_ttl=86400"]
    url = f"http://127.0.0.1:{port}"
    with running(command, f"{url}/__mock__/journal?limit=1", env) as pid:
        token = mock_token(url)
        yield Target("switchboard mock", port, token, prepare_mock(url, token), BASE_PATH, pid)


def mock_load(*, connections: int, seconds: float, env: dict[str, str] | None = None) -> LoadResult:
    """One run of the load against the mock."""
    with mock_target(env) as target:
        return target.load(connections=connections, seconds=seconds)


def compare(*, connections: int, seconds: float, rounds: int = 3, prism: bool = True) -> list[LoadResult]:
    """The mock and (when it can run) Prism, both up at once, loaded in turns: ``rounds`` rounds of
    ``seconds / rounds`` each, after a 3-s warm-up of each (Prism's JIT), so that a burst of background load on a
    shared machine hits both alike. Throughput is the median of the rounds."""
    with contextlib.ExitStack() as stack:
        targets = [stack.enter_context(mock_target())]
        if prism and (other := stack.enter_context(prism_target())) is not None:
            targets.append(other)
        for target in targets:
            target.load(connections=connections, seconds=3.0, warmup=0)
        found: dict[str, list[LoadResult]] = {target.name: [] for target in targets}
        for _ in range(rounds):
            for target in targets:
                found[target.name].append(target.load(connections=connections, seconds=seconds / rounds, warmup=0))
        return [LoadResult.merged(found[target.name]) for target in targets]


def mock_token(url: str) -> str:
    from switchboard_mocks.netsapiens import DEFAULT_SETTINGS

    body = {"grant_type": "password"} | {
        k: DEFAULT_SETTINGS[k] for k in ("client_id", "client_secret", "username", "password")
    }
    answer = httpx.post(f"{url}{BASE_PATH}/tokens", json=body)
    answer.raise_for_status()
    token: str = answer.json()["access_token"]
    return token


def prepare_mock(url: str, token: str) -> str:
    """One subscription under the id the mix reads and one message session, so every request of the mix succeeds."""
    headers = {"Authorization": f"Bearer {token}"}
    sms = {"type": "sms", "message": "bench", "destination": "15551230000", "from-number": "15550000000"}
    sent = httpx.post(
        f"{url}{BASE_PATH}/domains/~/users/~/messagesessions/{SESSION_ID}/messages", json=sms, headers=headers
    )
    sent.raise_for_status()
    created = httpx.post(
        f"{url}{BASE_PATH}/subscriptions",
        json={"model": "message", "post-url": "https://h.example.com"},
        headers=headers,
    )
    created.raise_for_status()
    subscription_id: str = created.json()["id"]
    return subscription_id


def prism_command() -> list[str] | None:
    """The Prism CLI, installed into .nox/.cache by npm on first use; None (with a message) without node/npm."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        print("Prism: skipped (node and npm are not on PATH)")
        return None
    binary = PRISM_DIR / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        print(f"Prism: installing @stoplight/prism-cli@{PRISM_VERSION} into {PRISM_DIR.relative_to(ROOT)} ...")
        PRISM_DIR.mkdir(parents=True, exist_ok=True)
        installed = subprocess.run(  # noqa: S603
            [
                str(shutil.which("npm")),
                "install",
                "--prefix",
                str(PRISM_DIR),
                f"@stoplight/prism-cli@{PRISM_VERSION}",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
            ],
            capture_output=True,
            text=True,
        )
        if installed.returncode != 0 or not binary.exists():
            print(f"Prism: skipped (npm install failed: {installed.stderr.strip()[-300:]})")
            return None
    return [str(binary)]


@contextmanager
def prism_target() -> Iterator[Target | None]:
    """Prism mocking specs/netsapiens.yaml (static examples, request validation on), None where it cannot run."""
    command = prism_command()
    if command is None:
        yield None
        return
    port = free_port()
    # Prism serves the spec's paths without the servers' base path; its log is cut to errors, as the mock's is.
    command += ["mock", str(SPEC), "--host", "127.0.0.1", "--port", str(port), "--errors", "false", "-v", "error"]
    with running(command, f"http://127.0.0.1:{port}/subscriptions") as pid:
        yield Target(f"Prism {PRISM_VERSION}", port, "bench-token", ANY_SUBSCRIPTION_ID, "", pid)


def describe(result: LoadResult) -> str:
    mb = 1024 * 1024
    memory = (
        f", RSS {result.rss_start / mb:.0f} -> {result.rss_end / mb:.0f} MB"
        if result.rss_start and result.rss_end
        else ""
    )
    return (
        f"{result.server}: {result.rps:,.0f} req/s, p50 {result.percentile(0.5) * 1000:.1f} ms, "
        f"p99 {result.percentile(0.99) * 1000:.1f} ms, {result.requests:,} requests, statuses {result.statuses}, "
        f"{result.errors} errors{memory}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--no-prism", action="store_true")
    args = parser.parse_args()
    for result in compare(connections=args.connections, seconds=args.seconds, prism=not args.no_prism):
        print(describe(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
