"""What a spec's size costs: the Netsapiens spec against a synthetic one of 45 times its operations.

The synthetic spec repeats the Netsapiens paths under 45 prefixes (``/p7/domains/...``), sharing its components, as
a real API of about 500 operations would. It is made at bench time, never committed. Each size is measured in fresh
interpreters, so that the memory figures (peak RSS growth, which counts jsonschema-rs's own allocations) are that
size's alone, and the two sizes take turns (:func:`sizes`), so that both see the same load:

- reading the spec from its file (YAML, both sizes written by the same dumper) into a :class:`~switchboard.Spec`;
- the first ``make_client`` of a process, the spec read already (the Netsapiens client, validating against the
  synthetic spec: the bench points ``Spec.load`` at it, see :func:`first_client`), and the same with the file read in;
- compiling the spec (``Spec(document)`` and its validating transport; the median of five) and the peak RSS the
  first adds;
- compiling every validator (what the first use of each operation costs in all) and the RSS that adds, with the
  number of schemas and of distinct ones (equal schemas share a validator);
- checking a valid request to the last operation as the generated calls send it (the operation named) and as a raw
  httpx request sends it (the route looked up), and finding that route alone;
- the mock engine serving the spec alone (no vendor module): creating the app on the compiled spec, and its first
  answer (to the last operation: its handler, its answer and its validators are worked out on that first call).
  These per-call figures are measured with both sizes in one process, taking turns (:func:`per_call`): apart,
  each process's own noise swamps a microsecond;
- generating the client (openapi-python-client with the project's templates and post hooks, as
  ``scripts/regenerate.py`` runs it), once per size: see :func:`generation`.

:func:`five_vendors` is the RSS of a process holding all five vendors' specs compiled and one client of each; it runs
against any checkout (``python scripts/bench_size.py five-vendors`` with that checkout's interpreter).
"""

from __future__ import annotations

import asyncio
import copy
import gc
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

COPIES = 45
VENDOR = "netsapiens"
HERE = Path(__file__).resolve().parent
SPECS = HERE.parent / "specs"
# The last operation's route, under the base path, for a spec of ``copies`` prefixes.
SUBSCRIPTION = "/p{last}/subscriptions/0123456789abcdef0123456789abcdef"


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
    gc.disable()  # as in bench_overlay: a collection costs what the whole heap holds, not what is timed
    try:
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(rounds):
                call()
            samples.append((time.perf_counter() - started) / rounds * 1e6)
    finally:
        gc.enable()
    return statistics.median(samples)


def _document(copies: int) -> dict[str, Any]:
    import yaml

    base = yaml.load((SPECS / f"{VENDOR}.yaml").read_text(), Loader=yaml.CSafeLoader)
    return replicated(base, copies)  # one copy too: every path has the same prefix segment at both sizes


def _schemas(operation: Any) -> list[Any]:
    """Every compiled schema an operation holds (its parameters, bodies and responses)."""
    return [
        schema
        for schema in (
            *(p.schema for p in operation.parameters),
            *operation.request_bodies.values(),
            *(s for media in operation.responses.values() for s in media.values()),
        )
        if schema is not None
    ]


def measure(copies: int) -> dict[str, float]:
    """One size's costs of compiling, in this process (run it in a fresh one: see :func:`sizes`)."""
    from switchboard import Spec, ValidatingTransport

    document = _document(copies)
    gc.collect()  # what building the document left behind is not the spec's to collect
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    spec = Spec(document, f"{VENDOR}-x{copies}")
    ValidatingTransport(spec, base_path=spec.base_path)
    compile_rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    # The time, the median of five more (a millisecond: a single one is at the mercy of the machine's other work).
    times = []
    for _ in range(5):
        started = time.perf_counter()
        ValidatingTransport(Spec(document, f"{VENDOR}-x{copies}"), base_path=spec.base_path)
        times.append((time.perf_counter() - started) * 1e3)
    compiled_us = statistics.median(times) * 1e3
    started = time.perf_counter()
    schemas = [schema for operation in spec.operations for schema in _schemas(operation)]
    for schema in schemas:
        schema.violations(None, "body")
    all_ms = (time.perf_counter() - started) * 1e3
    all_rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    return {
        "operations": len(spec.operations),
        "compile us": compiled_us,
        "compile MiB": compile_rss,
        "every validator ms": all_ms,
        "every validator MiB": all_rss,
        "schemas": len(schemas),
        "distinct schemas": len({repr(s.schema) for s in schemas}),
    }


def per_call(rounds: int) -> dict[int, dict[str, float]]:
    """Both sizes in this one process, taking turns ``rounds`` times (medians): a request's route, its check with
    the operation named (as the generated calls send it) and looked up (a raw httpx request), and the mock app's
    creation and first answer (a new spec and app each time, so that every first answer is a first one)."""
    import httpx

    from switchboard import Spec, ValidatingTransport
    from switchboard._transport import OPERATION_EXTENSION

    documents = {copies: _document(copies) for copies in (1, COPIES)}
    specs = {copies: Spec(document, f"{VENDOR}-x{copies}") for copies, document in documents.items()}
    transports = {copies: ValidatingTransport(spec, base_path=spec.base_path) for copies, spec in specs.items()}
    gc.collect()
    samples: dict[int, dict[str, list[float]]] = {copies: {} for copies in specs}

    def check(copies: int, extensions: dict[str, Any]) -> float:
        spec, transport = specs[copies], transports[copies]
        url = f"https://pbx.example.com{spec.base_path}{SUBSCRIPTION.format(last=copies - 1)}"
        request = httpx.Request("GET", url, headers={"Authorization": "Bearer t"})

        def once() -> None:
            request.extensions = dict(extensions)  # a request checked once is marked: check it afresh each time
            transport.check(request)

        return _median_us(once, 1_000)

    for _ in range(rounds):
        for copies, spec in specs.items():
            path = SUBSCRIPTION.format(last=copies - 1)
            mock_ms, first_ms = _mock(Spec(documents[copies], f"{VENDOR}-x{copies}"), path)
            found = {
                "route us": _median_us(lambda spec=spec, path=path: spec.match("GET", path), 1_000),
                "check us": check(copies, {}),
                "known check us": check(copies, {OPERATION_EXTENSION: f"read_subscription_{copies - 1}"}),
                "mock create us": mock_ms * 1e3,
                "mock first answer ms": first_ms,
            }
            for key, value in found.items():
                samples[copies].setdefault(key, []).append(value)
    return {copies: {k: statistics.median(v) for k, v in found.items()} for copies, found in samples.items()}


def first_client(copies: int) -> dict[str, float]:
    """The first ``make_client`` of this process (run it in a fresh one) with the synthetic spec as Netsapiens'.

    The spec is written to a file that ``Spec.load("netsapiens")`` finds first (a bench-only redirection: the public
    API validates a vendor's client against the vendor's shipped spec only). Reading it (``spec load``) and the
    first ``make_client`` once it is read are timed apart; the client's modules are imported before either.
    """
    import yaml

    import switchboard.spec
    from switchboard.netsapiens import make_client

    importlib.import_module(f"{VENDOR}_client")
    folder = Path(tempfile.mkdtemp(prefix="switchboard-bench-size-"))
    try:
        text = yaml.dump(_document(copies), Dumper=yaml.CSafeDumper, sort_keys=False)
        (folder / f"{VENDOR}.yaml").write_text(text)
        switchboard.spec.SPEC_DIRS = (folder, *switchboard.spec.SPEC_DIRS)  # type: ignore[assignment]
        gc.collect()
        started = time.perf_counter()
        spec = switchboard.spec.Spec.load(VENDOR)
        load_ms = (time.perf_counter() - started) * 1e3
        started = time.perf_counter()
        make_client("https://pbx.example.com/ns-api/v2", "id", "secret", "1000@example", "password")
        client_ms = (time.perf_counter() - started) * 1e3
    finally:
        (folder / f"{VENDOR}.yaml").unlink()
        folder.rmdir()
    if len(spec.operations) != 11 * copies:
        raise RuntimeError(f"make_client read a spec of {len(spec.operations)} operations, not the synthetic one")
    return {"spec load ms": load_ms, "first make_client ms": client_ms, "cold make_client ms": load_ms + client_ms}


def generation(copies: int) -> dict[str, float]:
    """Generating the client of a spec of ``copies`` prefixes into a scratch folder, as the regenerate loop does
    (openapi-python-client with the templates, ruff as its post hook, webhook models): seconds, one run."""
    import regeneration
    import yaml

    with tempfile.TemporaryDirectory(prefix="switchboard-bench-gen-") as scratch:
        spec = Path(scratch) / f"{VENDOR}.yaml"
        spec.write_text(yaml.dump(_document(copies), Dumper=yaml.CSafeDumper, sort_keys=False))
        out = Path(scratch) / f"{VENDOR}-client"
        # The post hooks run the pinned ruff, found beside this interpreter.
        os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
        started = time.perf_counter()
        regeneration._generate(str(spec), str(SPECS / f"{VENDOR}.codegen.yaml"), str(out))
        return {"generation s": time.perf_counter() - started}


def five_vendors() -> dict[str, float]:
    """RSS (MiB) of this process once it has read all five vendors' specs, compiled every validator (the response
    reader's too) and made one client of each; run in a fresh interpreter, against any checkout since 717dcca."""
    import inspect

    from switchboard._responses import reader_for
    from switchboard.spec import Spec, spec_names

    for vendor in spec_names():
        spec = Spec.load(vendor)
        reader = reader_for(spec)
        for operation in spec.operations:
            for schema in _schemas(operation):
                schema.violations(None, "body")
            for status, media in operation.responses.items():
                for media_type in media:
                    reader._reader_schema(operation, status, media_type)
        make_client = importlib.import_module(f"switchboard.{vendor}").make_client
        arguments: dict[str, Any] = {}
        for name, parameter in inspect.signature(make_client).parameters.items():
            if name == "base_url":
                arguments[name] = f"https://api.example.com{spec.base_path}"
            elif parameter.default is inspect.Parameter.empty and parameter.kind is not parameter.VAR_KEYWORD:
                arguments[name] = "x"
        # The credentials these two take as optional keywords, one set of which is needed.
        arguments |= {"kandy": {"account_api_key": "x"}, "gatum": {"username": "x", "password": "x"}}.get(vendor, {})
        make_client(**arguments)
    gc.collect()
    status = Path("/proc/self/status").read_text()
    rss_kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"five vendors RSS MiB": rss_kib / 1024, "peak RSS MiB": peak_kib / 1024}


def _mock(spec: Any, path: str) -> tuple[float, float]:
    """Creating the engine's app for ``spec`` alone, and its first answer (to ``path``, a subscription)."""
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
        "path": f"{spec.base_path}{path}",
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


def _run(code: str, python: str = sys.executable, cwd: Path = HERE) -> Any:
    """The JSON that ``code`` prints, run in a fresh interpreter beside this module."""
    result = subprocess.run(  # noqa: S603 (an interpreter, fixed code)
        [python, "-c", f"import json, sys; sys.path.insert(0, {str(HERE)!r}); import bench_size; {code}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def sizes(rounds: int = 3, *, generate: bool = True) -> dict[int, dict[str, float]]:
    """The medians of ``rounds`` of :func:`measure` and :func:`first_client` for the spec as it is and for
    :data:`COPIES` times its operations, each in a fresh process, the sizes taking turns; :func:`per_call` in one
    more (five turns a round); and (``generate``) :func:`generation` once per size (it takes seconds)."""
    samples: dict[int, list[dict[str, float]]] = {1: [], COPIES: []}
    for _ in range(rounds):
        for copies in samples:
            figures = _run(f"print(json.dumps(bench_size.measure({copies})))")
            figures |= _run(f"print(json.dumps(bench_size.first_client({copies})))")
            samples[copies].append(figures)
    found = {copies: {k: statistics.median(s[k] for s in runs) for k in runs[0]} for copies, runs in samples.items()}
    calls = _run(f"print(json.dumps(bench_size.per_call({5 * rounds})))")
    for copies in found:
        found[copies] |= calls[str(copies)]  # JSON's keys are strings
    if generate:
        for copies in found:
            found[copies] |= _run(f"print(json.dumps(bench_size.generation({copies})))")
    return found


def five_vendor_rss(python: str = sys.executable, checkout: Path = HERE.parent, rounds: int = 3) -> float:
    """The median of ``rounds`` of :func:`five_vendors` (MiB) with ``python`` in ``checkout``."""
    code = "print(json.dumps(bench_size.five_vendors()))"
    return statistics.median(float(_run(code, python, checkout)["five vendors RSS MiB"]) for _ in range(rounds))


if __name__ == "__main__":
    if sys.argv[1:] == ["five-vendors"]:
        print(json.dumps(five_vendors()))
    else:
        for copies, figures in sizes(rounds=1, generate="--generate" in sys.argv).items():
            print(copies, figures)
