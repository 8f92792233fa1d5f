"""Bad Python input to every operation of every vendor: nothing invalid reaches the transport, every error is typed.

For each operation of each generated package, seeded random arguments mix well-typed values with the input that broke
the clients before (wrong types, a dict where a model goes, unset required fields, nan, lone surrogates, path values
such as ``..``, values too long for a URL). Each call either raises a :class:`SwitchboardError` before anything is
sent, or sends a request that a second validator (tests/wire_oracle.py: the spec file and the raw bytes, checked with
``jsonschema``, not with ``switchboard.spec``) finds valid and routed to the operation that was called.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import io
import pkgutil
import random
import types
import typing
from dataclasses import dataclass, field
from typing import Any

import attrs
import httpx
import pytest

from switchboard import RequestValidationError, RetryPolicy, SwitchboardError
from switchboard._client import generated_client, httpx_args
from switchboard.spec import Spec, spec_names

from .wire_oracle import WireOracle

SEED = 20261201
CASES_PER_OPERATION = 40
HOST = "https://api.example.com"
# The shapes that broke the clients before, and a few more.
JUNK: list[Any] = [
    None,
    {},
    {"a": 1},
    [],
    [None],
    object(),
    float("nan"),
    float("inf"),
    -1,
    0,
    2**70,
    True,
    "",
    ".",
    "..",
    "a/b",
    "\ud800",
    "x" * 10_000,
    "%2e%2e",
    "é",
]


@dataclass
class Recorder:
    """The network: records what arrives and checks the raw request with the second validator (tests/wire_oracle.py),
    which reads the spec file itself and shares nothing with ``switchboard.spec``."""

    oracle: WireOracle
    expected: str = ""
    sent: int = 0
    problems: list[str] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        reached, problems = self.oracle.problems(request)
        if reached is not None and reached != self.expected:
            self.problems.append(f"{self.expected}: the request reached {reached}")
        if problems:
            self.problems.append(f"{self.expected}: sent although {problems[0]}")
        return httpx.Response(204)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)


class NoAuth(httpx.Auth):
    """Nothing to add: these tests are about the request, not the credentials."""


def operation_modules(vendor: str) -> list[tuple[str, types.ModuleType]]:
    package = importlib.import_module(f"{vendor}_client.api")
    spec = Spec.load(vendor)
    by_snake = {_snake(op.operation_id): op.operation_id for op in spec.operations}
    found = []
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found.append((by_snake[info.name.rsplit(".", 1)[1]], module))
    return sorted(found, key=lambda pair: pair[0])


def _snake(name: str) -> str:
    import re

    return re.sub(r"\W+", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)).strip("_").lower()


class Values:
    """Seeded values for an annotation: mostly of the right type, often junk."""

    def __init__(self, rng: random.Random, unset: Any, file_type: Any, models: dict[str, Any]) -> None:
        self.models = models
        self.rng = rng
        self.unset = unset
        self.file_type = file_type

    def junk(self) -> Any:
        return self.rng.choice([*JUNK, self.unset])

    def of(self, annotation: Any, depth: int = 0) -> Any:
        rng = self.rng
        if rng.random() < 0.2:
            return self.junk()
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            return self.of(rng.choice(typing.get_args(annotation)), depth)
        if origin is list:
            (item,) = typing.get_args(annotation) or (Any,)
            return [self.of(item, depth + 1) for _ in range(rng.randint(0, 2 if depth < 2 else 0))]
        if origin is typing.Literal:
            return rng.choice([*typing.get_args(annotation), "not-a-choice"])
        if origin is dict or annotation is dict:
            return {"key": rng.choice(["value", 1, None])}
        if annotation is str:
            return rng.choice(["~", "1000", "abc", "603559d421797c7b09b904ea9b6e6079", "15551230000", "é", ""])
        if annotation is bool:
            return rng.random() < 0.5
        if annotation is int:
            return rng.choice([0, 1, 5, 50, 100, 1000, -5])
        if annotation is float:
            return rng.choice([0.5, 1.0, 10.0, float("nan")])
        if annotation in (datetime.datetime, datetime.date):
            return datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
        if annotation is type(None):
            return None
        if isinstance(annotation, type) and annotation.__name__ == "Unset":
            return self.unset
        if annotation is self.file_type:
            return self.file_type(payload=io.BytesIO(b"a,b\n1,2\n"), file_name="list.csv", mime_type="text/csv")
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return rng.choice(list(annotation))
        if isinstance(annotation, type) and attrs.has(annotation):
            return self.model(annotation, depth)
        return self.junk()

    def model(self, cls: type, depth: int) -> Any:
        if depth > 3:
            return self.junk()
        hints = typing.get_type_hints(cls, localns=self.models)
        kwargs = {}
        for attribute in attrs.fields(cls):
            if attribute.name == "additional_properties":
                continue
            optional = attribute.default is not attrs.NOTHING
            if optional and self.rng.random() < 0.5:
                continue
            kwargs[attribute.alias or attribute.name] = self.of(hints.get(attribute.name, Any), depth + 1)
        try:
            return cls(**kwargs)
        except TypeError:
            return self.junk()


def arguments(function: Any, values: Values) -> tuple[list[Any], dict[str, Any]]:
    import inspect

    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if name == "client":
            continue
        if parameter.default is not inspect.Parameter.empty and values.rng.random() < 0.3:
            continue
        value = values.of(hints.get(name, Any))
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            positional.append(value)
        else:
            keywords[name] = value
    return positional, keywords


@dataclass
class Tally:
    cases: int = 0
    refused: int = 0
    other: int = 0
    untyped: list[str] = field(default_factory=list)


@pytest.mark.parametrize("vendor", spec_names())
def test_bad_input_is_refused_typed_and_nothing_invalid_is_sent(vendor: str) -> None:
    spec = Spec.load(vendor)
    generated = importlib.import_module(f"{vendor}_client")
    unset = importlib.import_module(f"{vendor}_client.types").UNSET
    file_type = importlib.import_module(f"{vendor}_client.types").File
    base_url = f"{HOST}{spec.base_path}"
    recorder = Recorder(WireOracle(vendor))
    args = httpx_args(
        vendor,
        base_url,
        NoAuth(),
        transport=httpx.MockTransport(recorder.handle),
        async_transport=httpx.MockTransport(recorder.ahandle),
        retry=RetryPolicy(max_retries=0),
    )
    client = generated_client(generated.Client, base_url, None, args)
    rng = random.Random(f"{SEED}-{vendor}")
    values = Values(rng, unset, file_type, vars(importlib.import_module(f"{vendor}_client.models")))
    tally = Tally()
    pending: list[tuple[str, Any, list[Any], dict[str, Any]]] = []

    def record(operation_id: str, exc: BaseException) -> None:
        if isinstance(exc, RequestValidationError):
            tally.refused += 1
        elif isinstance(exc, SwitchboardError):
            tally.other += 1
        else:
            tally.untyped.append(f"{operation_id}: {type(exc).__name__}: {str(exc)[:120]}")

    for operation_id, module in operation_modules(vendor):
        for case in range(CASES_PER_OPERATION):
            positional, keywords = arguments(module.sync_detailed, values)
            tally.cases += 1
            if case % 4 == 3:  # a quarter of the cases go through the async functions
                pending.append((operation_id, module, positional, keywords))
                continue
            recorder.expected = operation_id
            try:
                module.sync_detailed(*positional, client=client, **keywords)
            except Exception as exc:
                record(operation_id, exc)

    async def run_async() -> None:
        for operation_id, module, positional, keywords in pending:
            recorder.expected = operation_id
            try:
                await module.asyncio_detailed(*positional, client=client, **keywords)
            except Exception as exc:
                record(operation_id, exc)

    asyncio.run(run_async())

    assert tally.cases == CASES_PER_OPERATION * len(spec.operations)
    assert tally.untyped == []
    assert recorder.problems == []
    # Both outcomes happen: the test exercises refusals and requests that go through.
    assert tally.refused > tally.cases // 4
    assert recorder.sent > 0
    print(f"{vendor}: {tally.cases} cases, {tally.refused} refused, {recorder.sent} sent, {tally.other} raised after")
