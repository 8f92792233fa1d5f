"""What a spec's size costs: the Netsapiens spec against a synthetic one of 45 times its operations.

The synthetic spec repeats the Netsapiens paths under 45 prefixes (``/p7/domains/...``), sharing its components, as
a real API of about 500 operations would. Each size is measured in a fresh interpreter, so that the memory figure
(peak RSS growth, which counts jsonschema-rs's own allocations) is that size's alone:

- compiling the spec (``Spec(document)``) and the peak RSS it adds;
- compiling every validator (what the first use of each operation costs in all);
- finding the route of a request to the last operation, and checking a valid request to it.
"""

from __future__ import annotations

import copy
import json
import resource
import statistics
import subprocess
import sys
import time
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
    return {
        "operations": len(spec.operations),
        "compile ms": compiled_ms,
        "compile MiB": compile_rss,
        "every validator ms": all_ms,
        "every validator MiB": all_rss,
        "route us": route_us,
        "check us": check_us,
    }


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
