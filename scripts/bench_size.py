"""What a spec's size costs: the Netsapiens spec against a synthetic one of 45 times its operations.

The synthetic spec repeats the Netsapiens paths under 45 prefixes (``/p7/domains/...``), sharing its components, as
a real API of about 500 operations would. Each size is measured in a fresh interpreter, so that the memory figure
(peak RSS growth, which counts jsonschema-rs's own allocations) is that size's alone:

- compiling the spec (``Spec(document)``) and the peak RSS it adds;
- compiling every validator (what the first use of each operation costs in all);
- finding the route of a request to the last operation, and checking a valid request to it;
- the mock engine serving the spec alone (no vendor module): creating the app on the compiled spec, and its first
  answer (to the last operation: its handler, its answer and its validators are worked out on that first call).
"""

from __future__ import annotations

import asyncio
import copy
import gc
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import MutableMapping
from typing import Any

COPIES = 45
VENDOR = "netsapiens"


def replicated(document: dict[str, Any], copies: int) -> dict[str, Any]:
    """``document`` with its paths repeated under ``copies`` prefixes, operation ids suffixed, components shared."""
    document = copy.deepcopy(document)
    paths = {}
    for number in range(copies):
        for path, item in document["paths"].items():
            item = copy.deepcopy(item)
            for operation in item.values():
                if isinstance(operation, dict) and "operationId" in operation:
                    operation["operationId"] = f"{operation['operationId']}_{number}"
            paths[f"/p{number}{path}"] = item
    document["paths"] = paths
    return document


def _median_us(call: Any, rounds: int = 2_000) -> float:
    samples = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(rounds):
            call()
        samples.append((time.perf_counter() - started) / rounds * 1e6)
    return statistics.median(samples)


def measure(copies: int) -> dict[str, float]:
    """One size's figures, in this process (run it in a fresh one: see :func:`sizes`)."""
    import httpx

    from switchboard import Spec, ValidatingTransport

    base = Spec.load(VENDOR).document
    document = replicated(base, copies)  # one copy too: every path has the same prefix segment at both sizes
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    spec = Spec(document, f"{VENDOR}-x{copies}")
    transport = ValidatingTransport(spec, base_path=spec.base_path)
    compiled_ms = (time.perf_counter() - started) * 1e3
    compile_rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    last = f"/p{copies - 1}"
    path = f"{spec.base_path}{last}/subscriptions/0123456789abcdef0123456789abcdef"
    request = httpx.Request("GET", f"https://pbx.example.com{path}", headers={"Authorization": "Bearer t"})
    route_us = _median_us(lambda: spec.match("GET", f"{last}/subscriptions/0123456789abcdef0123456789abcdef"))

    def check() -> None:
        request.extensions = {}  # a request checked once is marked: check it afresh each time
        transport.check(request)

    check_us = _median_us(check)
    started = time.perf_counter()
    for operation in spec.operations:
        for schema in (
            *(p.schema for p in operation.parameters),
            *operation.request_bodies.values(),
            *(s for media in operation.responses.values() for s in media.values()),
        ):
            if schema is not None:
                schema.violations(None, "body")
    all_ms = (time.perf_counter() - started) * 1e3
    all_rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    # Each round a new spec and app, so that every first answer is a first one; the median of fifteen.
    rounds = [_mock(Spec(document, f"{VENDOR}-x{copies}"), last) for _ in range(15)]
    mock_ms = statistics.median(r[0] for r in rounds)
    first_ms = statistics.median(r[1] for r in rounds)
    return {
        "operations": len(spec.operations),
        "compile ms": compiled_ms,
        "compile MiB": compile_rss,
        "every validator ms": all_ms,
        "every validator MiB": all_rss,
        "route us": route_us,
        "check us": check_us,
        "mock create us": mock_ms * 1e3,
        "mock first answer ms": first_ms,
    }


def _mock(spec: Any, last: str) -> tuple[float, float]:
    """Creating the engine's app for ``spec`` alone, and its first answer (a subscription of the last prefix)."""
    from switchboard_mocks import MockServer

    started = time.perf_counter()
    app = MockServer(spec=spec)
    create_ms = (time.perf_counter() - started) * 1e3
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": f"{spec.base_path}{last}/subscriptions/0123456789abcdef0123456789abcdef",
        "raw_path": b"",
        "query_string": b"",
        "headers": [(b"authorization", b"Bearer t")],
    }
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(asyncio.sleep(0))  # the loop's own start is not the app's
        gc.collect()  # nor a collection of what building the (larger) spec left behind
        started = time.perf_counter()
        loop.run_until_complete(app(scope, receive, send))
        first_ms = (time.perf_counter() - started) * 1e3
    finally:
        loop.close()
    if sent[0]["status"] != 200:
        raise RuntimeError(f"the mock answered {sent[0]['status']}: {sent[1]['body'][:200]!r}")
    return create_ms, first_ms


def sizes() -> dict[int, dict[str, float]]:
    """:func:`measure` for the spec as it is and for :data:`COPIES` times its operations, each in a fresh process."""
    found = {}
    for copies in (1, COPIES):
        code = f"import json, bench_size; print(json.dumps(bench_size.measure({copies})))"
        result = subprocess.run(  # noqa: S603 (this interpreter, fixed code)
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=__file__.rsplit("/", 1)[0]
        )
        found[copies] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


if __name__ == "__main__":
    for copies, figures in sizes().items():
        print(copies, figures)
